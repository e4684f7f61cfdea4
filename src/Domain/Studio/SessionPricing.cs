using System.Globalization;

namespace RecordingStudio.Domain.Studio;

/// <summary>Exact amounts in a currency (ISO 4217), rounded once, to the currency's minor unit.</summary>
public static class Currencies
{
    private static readonly HashSet<string> NoMinorUnit =
        ["JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "UGX", "PYG", "RWF", "KMF", "GNF", "VUV", "XPF"];
    private static readonly HashSet<string> ThreeDigits = ["BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"];

    /// <summary>Digits after the point: 2 for most, 0 for the yen or the won, 3 for the Bahraini or Kuwaiti dinar.</summary>
    public static int MinorUnits(string currency) => NoMinorUnit.Contains(currency) ? 0 : ThreeDigits.Contains(currency) ? 3 : 2;

    public static decimal Round(decimal amount, string currency) => Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero);

    /// <summary>"80.00", "12000", "1.250" — the amount as its currency writes it (the culture's own format comes with the studio's language).</summary>
    public static string Plain(decimal amount, string currency) =>
        amount.ToString("F" + MinorUnits(currency), CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount as pages, e-mails, PDFs and the assistant show it: in the studio's culture when it has one
    /// ("65,00 €" in fr-FR, "€65.00" in en-IE, "¥12,000" in ja-JP), else "65.00 EUR".
    /// </summary>
    public static string Text(decimal amount, string currency, string? culture = null)
    {
        if (culture is null || !IsCulture(culture)) return $"{Plain(amount, currency)} {currency}";
        var format = (NumberFormatInfo)CultureInfo.GetCultureInfo(culture).NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency, culture);
        format.CurrencyDecimalDigits = MinorUnits(currency);
        return Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero).ToString("C", format);
    }

    /// <summary>An amount without its currency (a column, a label), in the culture's digits when it has one: "1 234,50", else "1234.50".</summary>
    public static string Number(decimal amount, string currency, string? culture = null) => culture is not null && IsCulture(culture)
        ? Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero).ToString("N" + MinorUnits(currency), CultureInfo.GetCultureInfo(culture))
        : Plain(amount, currency);

    /// <summary>A specific culture the runtime knows ("fr-FR", not "fr" nor "xx-YY").</summary>
    public static bool IsCulture(string name)
    {
        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).IsNeutralCulture;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> Symbols = new();

    /// <summary>The currency's symbol as the culture's language writes it (€, $, £, ¥…), from a region that uses it; else its code.</summary>
    private static string Symbol(string currency, string culture) => Symbols.GetOrAdd((currency, culture), key =>
    {
        var language = CultureInfo.GetCultureInfo(key.Item2).TwoLetterISOLanguageName;
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => (Culture: c, Region: new RegionInfo(c.Name)))
            .Where(r => r.Region.ISOCurrencySymbol == key.Item1).ToList();
        var own = regions.FirstOrDefault(r => r.Culture.Name == key.Item2).Region
                  // not a region of another language: it writes the symbol in its own script, and the code reads better
                  ?? regions.FirstOrDefault(r => r.Culture.TwoLetterISOLanguageName == language).Region;
        return own?.CurrencySymbol ?? key.Item1;
    });

    /// <summary>A rate as entered: the currency's digits at least, more when it has them (12.345 stays 12.345, in yen too).</summary>
    public static string Rate(decimal rate, string currency) =>
        rate.ToString(MinorUnits(currency) == 0 ? "0.###" : "0." + new string('0', MinorUnits(currency)) + "#", CultureInfo.InvariantCulture);
}

/// <summary>A room's rates: by the hour, and optionally a half day (up to 4 hours) and a day (up to 10 hours).</summary>
public sealed record RoomRates(decimal Hourly, decimal? HalfDay = null, decimal? Day = null);

/// <summary>A change to a session's price by the studio: a price of its own, or a discount (a percentage, then an amount).</summary>
public sealed record PriceAdjustment(decimal? Override = null, decimal? DiscountPercent = null, decimal? DiscountAmount = null)
{
    public static readonly PriceAdjustment None = new();
}

/// <summary>
/// A session's price: net, tax and gross in the studio's currency and how it was reached, in words; with the parts it
/// was made of (the rates' amount and words, the tax as it was), so an adjustment later starts from them, not from
/// today's rates.
/// </summary>
public sealed record SessionPrice(decimal Net, decimal Tax, decimal Gross, string Currency, string Basis,
    decimal RatesAmount = 0, string RatesBasis = "", decimal TaxPercent = 0, bool IncludesTax = false);

/// <summary>
/// The words a price's basis is written with ("2 half days × 300.00 EUR + engineer 8 h × 45.00 EUR"), in the studio's
/// language: the basis is kept with the session and printed on its invoice.
/// </summary>
public sealed record PriceWords(string Engineer, string Day, string Days, string HalfDay, string HalfDays, string PriceSetTo)
{
    public static readonly PriceWords English = new("engineer", "day", "days", "half day", "half days", "price set to");
}

/// <summary>
/// Prices a session: the room at the cheapest mix of its day, half-day and hourly rates that covers the length (stated
/// on the line), the engineer by the hour, then the studio's adjustment, then tax — added to net prices, or taken out
/// of prices entered with tax — rounded once.
/// </summary>
public static class SessionPricing
{
    public const int HalfDayHours = 4, DayHours = 10;

    public static SessionPrice Price(TimeSpan length, RoomRates room, decimal? engineerHourly, decimal taxPercent, bool pricesIncludeTax,
        string currency, PriceAdjustment? adjustment = null, PriceWords? words = null)
    {
        words ??= PriceWords.English;
        var (amount, basis) = Rates(length, room, engineerHourly, currency, words);
        return Finish(amount, basis, taxPercent, pricesIncludeTax, currency, adjustment, words);
    }

    /// <summary>What the rates make for the length: the room's cheapest mix and the engineer by the hour, in words.</summary>
    public static (decimal Amount, string Basis) Rates(TimeSpan length, RoomRates room, decimal? engineerHourly, string currency, PriceWords? words = null)
    {
        words ??= PriceWords.English;
        var hours = (decimal)length.TotalHours;
        var (amount, basis) = RoomPart(hours, room, currency, words);
        if (engineerHourly is { } rate && rate > 0)
        {
            amount += hours * rate;
            basis += $" + {words.Engineer} {Hours(hours)} × {Currencies.Rate(rate, currency)}";
        }
        return (amount, basis);
    }

    /// <summary>The rates' amount with the studio's adjustment, then tax, rounded once.</summary>
    public static SessionPrice Finish(decimal ratesAmount, string ratesBasis, decimal taxPercent, bool pricesIncludeTax, string currency,
        PriceAdjustment? adjustment = null, PriceWords? words = null)
    {
        words ??= PriceWords.English;
        var (amount, basis) = (ratesAmount, ratesBasis);
        adjustment ??= PriceAdjustment.None;
        if (adjustment.Override is { } own)
        {
            amount = own;
            basis += $", {words.PriceSetTo} {Currencies.Plain(own, currency)}";
        }
        else
        {
            if (adjustment.DiscountPercent is { } percent and > 0)
            {
                amount -= amount * percent / 100m;
                basis += $", −{percent.ToString("0.##", CultureInfo.InvariantCulture)} %";
            }
            if (adjustment.DiscountAmount is { } off and > 0)
            {
                amount -= off;
                basis += $", −{Currencies.Rate(off, currency)}";
            }
            amount = Math.Max(0, amount);
        }

        var taxRate = taxPercent / 100m;
        decimal net, tax, gross;
        if (pricesIncludeTax)
        {
            gross = Currencies.Round(amount, currency);
            net = Currencies.Round(gross / (1 + taxRate), currency);
            tax = gross - net;
        }
        else
        {
            net = Currencies.Round(amount, currency);
            tax = Currencies.Round(net * taxRate, currency);
            gross = net + tax;
        }
        return new SessionPrice(net, tax, gross, currency, basis, ratesAmount, ratesBasis, taxPercent, pricesIncludeTax);
    }

    /// <summary>The cheapest way to cover the hours with the room's rates: whole days, then half days and hours.</summary>
    private static (decimal Amount, string Basis) RoomPart(decimal hours, RoomRates rates, string currency, PriceWords words)
    {
        (decimal Amount, string Basis) best = (hours * rates.Hourly, $"{Hours(hours)} × {Currencies.Rate(rates.Hourly, currency)}");
        var maxDays = rates.Day is null ? 0 : (int)Math.Ceiling(hours / DayHours);
        for (var days = 0; days <= maxDays; days++)
        {
            var rest = Math.Max(0, hours - days * DayHours);
            var dayCost = days * (rates.Day ?? 0);
            foreach (var (restCost, restBasis) in RestOptions(rest, rates, currency, words))
            {
                var cost = dayCost + restCost;
                if (cost >= best.Amount) continue;
                var basis = new List<string>();
                if (days > 0) basis.Add($"{days} {(days == 1 ? words.Day : words.Days)} × {Currencies.Rate(rates.Day!.Value, currency)}");
                if (restBasis.Length > 0) basis.Add(restBasis);
                best = (cost, string.Join(" + ", basis));
            }
        }
        return best;
    }

    private static IEnumerable<(decimal Cost, string Basis)> RestOptions(decimal rest, RoomRates rates, string currency, PriceWords words)
    {
        if (rest == 0)
        {
            yield return (0, "");
            yield break;
        }
        yield return (rest * rates.Hourly, $"{Hours(rest)} × {Currencies.Rate(rates.Hourly, currency)}");
        if (rates.HalfDay is not { } half) yield break;
        var covering = (int)Math.Ceiling(rest / HalfDayHours);
        yield return (covering * half, $"{covering} {(covering == 1 ? words.HalfDay : words.HalfDays)} × {Currencies.Rate(half, currency)}");
        var whole = (int)Math.Floor(rest / HalfDayHours);
        var left = rest - whole * HalfDayHours;
        if (whole > 0 && left > 0)
            yield return (whole * half + left * rates.Hourly,
                $"{whole} {(whole == 1 ? words.HalfDay : words.HalfDays)} × {Currencies.Rate(half, currency)} + {Hours(left)} × {Currencies.Rate(rates.Hourly, currency)}");
    }

    private static string Hours(decimal hours) => $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} h";
}
