using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

/// <summary>Money as people read it: in the studio's culture with the currency's symbol and minor unit, or plainly with its code.</summary>
public sealed class MoneyTextTests
{
    [Theory]
    [InlineData(65, "EUR", "fr-FR", "65,00 €")]
    [InlineData(1234.5, "EUR", "fr-FR", "1\u202f234,50 €")]
    [InlineData(65, "EUR", "en-IE", "€65.00")]
    [InlineData(65, "USD", "en-US", "$65.00")]
    [InlineData(12000, "JPY", "ja-JP", "￥12,000")]
    [InlineData(1.2345, "BHD", "en-GB", "BHD1.235")]
    [InlineData(65, "EUR", null, "65.00 EUR")]
    [InlineData(65, "EUR", "xx-YY", "65.00 EUR")]
    public void An_amount_is_written_as_the_studios_culture_writes_its_currency(double amount, string currency, string? culture, string expected) =>
        Currencies.Text((decimal)amount, currency, culture).ShouldBe(expected);
}
