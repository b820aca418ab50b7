using CoachingAcademy.TestSupport.Gates;
using FsCheck;
using FsCheck.Fluent;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>One form field as sent on the wire (already percent-encoded, possibly malformed) and whether it is hostile.</summary>
public sealed record Field(string Name, string Value, bool Hostile)
{
    public override string ToString() => $"{Name}={(Value.Length > 60 ? Value[..60] + $"…({Value.Length})" : Value)}";
}

/// <summary>A generated form body.</summary>
public sealed record Submission(IReadOnlyList<Field> Fields)
{
    public int HostileValues => Fields.Count(f => f.Hostile);

    public string Body => string.Join('&', Fields.Select(f => f.Name + "=" + f.Value));

    public override string ToString() => string.Join(" & ", Fields.Take(12)) + (Fields.Count > 12 ? $" & … {Fields.Count} fields" : "");
}

/// <summary>FsCheck generators of malformed values, one family per kind of field.</summary>
public static class HostileValues
{
    private static readonly string[] NastyText =
    [
        "", " ", "\t\r\n", "\0", "a\0b", "\u0001\u0002\u0007\u001b[31m", "\u202Eevil\u202C", "\uFEFF", "\u200B\u200D",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE People; --",
        "' OR '1'='1", "{{7*7}}${7*7}@(7*7)", "../../../../etc/passwd", "C:\\Windows\\win.ini", "%00", "%%", "null", "undefined",
        "NaN", "e\u0301\u0301\u0301\u0301", "𝕳𝖊𝖑𝖑𝖔 🙂👩‍👩‍👧", "ｆｕｌｌｗｉｄｔｈ＠ｅｘａｍｐｌｅ．ｏｒｇ", "a@b", "@example.org",
        "director@example.org\r\nBcc: victim@example.org", "名前", "مرحبا", "\uD800", "\uDFFF\uD800",
    ];

    private static readonly string[] NastyNumbers =
    [
        "-1", "0", "-0", "-2147483649", "2147483648", "99999999999999999999999", "1e308", "-1e308", "1.5", "1,5", "NaN",
        "Infinity", "0x1F", "1_000", "１２", "١٢٣", "½", "+-1", "1 1", "٫", "two",
    ];

    private static readonly string[] NastyDates =
    [
        "0001-01-01", "9999-12-31", "10000-01-01", "-0001-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "31/12/2026",
        "12/31/2026", "2026-03-02T25:61", "2026-03-02T10:00:00+25:00", "yesterday", "1970", "0", "-62135596800", "2026-3-2",
    ];

    private static readonly string[] NastyBooleans = ["maybe", "yes", "2", "-1", "TRUE ", "on", "null", "true,false"];

    /// <summary>Bytes that are not valid UTF-8 or not valid percent-encoding: sent as they are.</summary>
    private static readonly string[] BrokenEncodings = ["%", "%z", "%zz", "%FF%FE", "%C0%AF", "%ED%A0%80", "%E2%82", "+%2B+", "a=b=c", "%26%3D"];

    /// <summary>
    /// Text of every troublesome kind. Values far longer than a field's limit (up to 20,000 characters) go in a form's body
    /// only: in a query string they would make the request line longer than Kestrel takes (8 KB), so the app never sees
    /// them there; a query's long values stay under 400 characters.
    /// </summary>
    private static Gen<string> Text(bool inUrl)
    {
        var (longest, scripts) = inUrl ? (400, 20) : (20_000, 2_000);
        return Gen.Frequency(
            (4, Gen.Elements(NastyText)),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
            (1, Gen.Choose(257, longest).Select(n => new string('x', n))),
            (1, Gen.Choose(1, scripts).Select(n => string.Concat(Enumerable.Repeat("<script>", n)))),
            (1, Gen.Choose(0, 31).Select(c => $"before{(char)c}after")));
    }

    /// <summary>A value of the wrong shape for a field of <paramref name="type"/>, percent-encoded unless it is broken on purpose.</summary>
    public static Gen<string> For(Type type, bool inUrl = false)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var text = Text(inUrl);
        var values = type == typeof(bool) ? Gen.OneOf(Gen.Elements(NastyBooleans), text)
            : type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly)
                ? Gen.OneOf(Gen.Elements(NastyDates), text)
            : type.IsPrimitive || type == typeof(decimal) || type.IsEnum
                ? Gen.OneOf(Gen.Elements(NastyNumbers), Gen.Choose(int.MinValue, -1).Select(n => n.ToString()), text)
            : text;
        return Gen.Frequency((9, values.Select(Session.Encode)), (1, Gen.Elements(BrokenEncodings)));
    }

    /// <summary>A value a person might well type into a field of <paramref name="type"/>.</summary>
    public static string Plausible(string name, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return name.EndsWith("Email", StringComparison.OrdinalIgnoreCase) ? Session.Encode("someone.new@example.org")
            : type == typeof(bool) ? "true"
            : type == typeof(DateTime) || type == typeof(DateOnly) ? "2026-03-10"
            : type.IsPrimitive || type == typeof(decimal) || type.IsEnum ? "1"
            : "Jordan";
    }

    /// <summary>
    /// A whole form: each known field malformed (or, one time in five, plausible, so that the others reach deeper
    /// checks), then (by default) forty to sixty extra fields in one request: the form's own names spelt another way (upper case, as a
    /// list item, as a member, under a prefix), which model binding may still read, with values of the wrong shape for
    /// that field, and fields with hostile names; now and then a flood of fields (counted once).
    /// </summary>
    public static Gen<Submission> SubmissionFor(IReadOnlyList<(string Name, Type Type)> fields, int fewestExtras = 40, int mostExtras = 60,
        bool inUrl = false)
    {
        var known = Gen.CollectToList(fields.Select(f => Gen.Frequency(
                (4, For(f.Type, inUrl).Select(v => new Field(f.Name, v, Hostile: true))),
                (1, Gen.Constant(new Field(f.Name, Plausible(f.Name, f.Type), Hostile: false))))));
        var hostileName = Gen.Zip(For(typeof(string), inUrl), For(typeof(string), inUrl))
            .Select(p => new Field(p.Item1.Length == 0 ? "x" : p.Item1, p.Item2, Hostile: true));
        var extra = fields.Count == 0
            ? hostileName
            : Gen.Frequency((1, hostileName), (2, Gen.Elements(fields.ToArray()).SelectMany(f =>
                Gen.Zip(Gen.Elements(Respellings(f.Name)), For(f.Type, inUrl)).Select(p => new Field(p.Item1, p.Item2, Hostile: true)))));
        var extras = Gen.Choose(fewestExtras, mostExtras).SelectMany(n => extra.ListOf(n)).Select(l => l.ToList());
        // A flood of 1,100 fields (in a body only: as a query it is longer than a request line may be).
        var flood = inUrl
            ? Gen.Constant(new List<Field>())
            : Gen.Frequency(
                (30, Gen.Constant(new List<Field>())),
                (1, Gen.Constant(Enumerable.Range(0, 1_100).Select(i => new Field("f" + i, "1", Hostile: i == 0)).ToList())));
        return Gen.Zip(Gen.Zip(known, extras), flood).Select(t => new Submission([.. t.Item1.Item1, .. t.Item1.Item2, .. t.Item2]));
    }

    /// <summary>Other spellings of a field's name that model binding may match to it (names are case-insensitive).</summary>
    private static string[] Respellings(string name) =>
        [name.ToUpperInvariant(), name.ToLowerInvariant(), name + "[0]", name + "[]", name + ".Value", "model." + name, "[0]." + name, Session.Encode(name + "\0")];

    /// <summary>How many malformed values one generated submission carries on average, to size a run.</summary>
    public static double ExpectedPerSubmission(int fields, int fewestExtras = 40, int mostExtras = 60) =>
        0.8 * fields + (fewestExtras + mostExtras) / 2.0;
}
