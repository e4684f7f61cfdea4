using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

/// <summary>An invoice's life: issued, partly paid, paid; credit notes lower what is due and make it void when they take it all back.</summary>
public sealed class InvoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Guid Session = Guid.NewGuid();

    private static Invoice Issued()
    {
        var invoice = new Invoice(Guid.NewGuid(), "EUR",
            [new InvoiceLine(Session, "Vocals", 100m, 20m, 20m, Guid.NewGuid()), new InvoiceLine(null, "Drive", 50m, 5.5m, 2.75m)], Now);
        invoice.Issue(2026, 7, Now, Today, 30);
        return invoice;
    }

    private static Payment Paying(decimal amount) => new(amount, PaymentMethod.Transfer, Today, "VIR 123", null, Now);

    [Fact]
    public void Issuing_numbers_it_in_its_year_and_makes_it_due_after_the_terms()
    {
        var invoice = Issued();
        (invoice.Number, invoice.Status, invoice.DueOn, invoice.Gross, invoice.Balance).ShouldBe(("2026-0007", InvoiceStatus.Issued, new DateOnly(2026, 12, 30), 172.75m, 172.75m));
        invoice.TaxByRate.ShouldBe([new TaxRateTotal(20m, 100m, 20m), new TaxRateTotal(5.5m, 50m, 2.75m)]);
        invoice.IsOverdue(new DateOnly(2026, 12, 30)).ShouldBeFalse();
        invoice.IsOverdue(new DateOnly(2026, 12, 31)).ShouldBeTrue();
        Should.Throw<InvalidStateException>(() => invoice.Issue(2026, 8, Now, Today, 30)).Code.ShouldBe("invoice_issued");
    }

    [Fact]
    public void Payments_make_it_partly_paid_then_paid_and_never_exceed_the_balance()
    {
        var invoice = Issued();
        invoice.RecordPayment(Paying(100m));
        (invoice.Status, invoice.Paid, invoice.Balance).ShouldBe((InvoiceStatus.PartlyPaid, 100m, 72.75m));
        Should.Throw<InvalidStateException>(() => invoice.RecordPayment(Paying(72.76m))).Code.ShouldBe("overpayment");
        Should.Throw<DomainException>(() => invoice.RecordPayment(Paying(1.005m))).Code.ShouldBe("invalid_amount");
        invoice.RecordPayment(Paying(72.75m));
        (invoice.Status, invoice.Balance).ShouldBe((InvoiceStatus.Paid, 0m));
        Should.Throw<InvalidStateException>(() => invoice.RecordPayment(Paying(1m))).Code.ShouldBe("invoice_paid");
    }

    [Fact]
    public void A_draft_is_neither_paid_nor_credited()
    {
        var draft = new Invoice(Guid.NewGuid(), "EUR", [new InvoiceLine(null, "Fee", 10m, 0m, 0m)], Now);
        Should.Throw<InvalidStateException>(() => draft.RecordPayment(Paying(10m))).Code.ShouldBe("invoice_not_issued");
        Should.Throw<InvalidStateException>(() => draft.Credit(new CreditNote(draft, [new InvoiceLine(null, "x", 1m, 0m, 0m)], null, Now, Today)))
            .Code.ShouldBe("invoice_not_issued");
    }

    [Fact]
    public void A_credit_note_lowers_what_is_due_and_one_taking_it_all_back_voids_it_and_frees_its_sessions()
    {
        var invoice = Issued();
        invoice.Credit(new CreditNote(invoice, [new InvoiceLine(null, "Goodwill", 10m, 20m, 2m)], "late start", Now, Today));
        (invoice.Credited, invoice.Total, invoice.Balance, invoice.Status).ShouldBe((12m, 160.75m, 160.75m, InvoiceStatus.Issued));
        Should.Throw<InvalidStateException>(() => invoice.Credit(new CreditNote(invoice, invoice.Lines.Select(l => l.Copy()), null, Now, Today)))
            .Code.ShouldBe("credit_exceeds_balance");

        var full = Issued();
        var note = new CreditNote(full, full.Lines.Select(l => l.Copy()), "wrong client", Now, Today);
        full.Credit(note);
        note.GiveNumber(2026, 3);
        (full.Status, full.Balance, note.Number, note.Gross).ShouldBe((InvoiceStatus.Void, 0m, "CN-2026-0003", 172.75m));
        full.Lines.ShouldAllBe(l => l.SessionId == null, "a void invoice lets its sessions be billed again");
        note.Lines[0].SessionId.ShouldBe(Session, "the credit note still names the session it takes back");
    }

    [Fact]
    public void Paid_in_part_then_credited_for_the_rest_it_is_paid()
    {
        var invoice = Issued();
        invoice.RecordPayment(Paying(150m));
        invoice.Credit(new CreditNote(invoice, [new InvoiceLine(null, "Drive returned", 21.59m, 5.5m, 1.16m)], null, Now, Today));
        (invoice.Balance, invoice.Status).ShouldBe((0m, InvoiceStatus.Paid));
    }
}
