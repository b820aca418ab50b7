using CoachingAcademy.Core.Common;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CoachingAcademy.Core.Sessions;

/// <summary>One event of an iCalendar: a timed meeting (in its program's time zone) or an all-day deadline.</summary>
public sealed record CalendarItem(
    string Uid, int Sequence, string Summary, string Description, string Location, string TimeZoneId,
    DateTime? StartsAtUtc = null, DateTime? EndsAtUtc = null, DateOnly? AllDay = null, bool Cancelled = false,
    IReadOnlyList<(string Name, string Email)>? Attendees = null);

/// <summary>Builds .ics content with Ical.Net: invitations (REQUEST or CANCEL) and subscription feeds (PUBLISH).</summary>
public static class SessionCalendar
{
    public const string ProductId = "-//CoachingAcademy//Coaching program//EN";

    public static string Invitation(CalendarItem item, string organizerEmail) =>
        Serialize(item.Cancelled ? "CANCEL" : "REQUEST", [item], organizerEmail);

    public static string Feed(IEnumerable<CalendarItem> items, string organizerEmail) => Serialize("PUBLISH", items, organizerEmail);

    private static string Serialize(string method, IEnumerable<CalendarItem> items, string organizerEmail)
    {
        var calendar = new Calendar { Method = method, ProductId = ProductId };
        foreach (var zone in items.Where(i => i.AllDay is null).Select(i => i.TimeZoneId).Distinct())
            calendar.AddTimeZone(zone);
        foreach (var item in items)
            calendar.Events.Add(ToEvent(item, organizerEmail));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(CalendarItem item, string organizerEmail)
    {
        var evt = new CalendarEvent
        {
            Uid = item.Uid,
            Sequence = item.Sequence,
            Summary = Text(item.Summary),
            Description = Text(item.Description),
            Location = Text(item.Location),
            Status = item.Cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer("mailto:" + organizerEmail) { CommonName = "CoachingAcademy" },
        };
        if (item.AllDay is DateOnly day)
        {
            evt.DtStart = new CalDateTime(day);
            evt.DtEnd = new CalDateTime(day.AddDays(1));
        }
        else
        {
            evt.DtStart = Local(item.StartsAtUtc!.Value, item.TimeZoneId);
            evt.DtEnd = Local(item.EndsAtUtc!.Value, item.TimeZoneId);
        }
        foreach (var (name, email) in item.Attendees ?? [])
            evt.Attendees.Add(new Attendee("mailto:" + email) { CommonName = OneLine(name), Role = "REQ-PARTICIPANT" });
        return evt;
    }

    /// <summary>
    /// Text values are escaped and folded by Ical.Net, which turns CRLF and LF into "\n"; a lone CR is made an LF first so
    /// that it is escaped too.
    /// </summary>
    private static string Text(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>
    /// Ical.Net writes parameter values (an attendee's name) as they are: a line break there would start a property of its
    /// own (an extra ATTENDEE), and a quote would end the value. Inputs refuse both; this keeps older records harmless.
    /// (Addresses need nothing: Ical.Net refuses a malformed mailto: URI.)
    /// </summary>
    private static string OneLine(string text) => new(text.Where(c => !char.IsControl(c) && c != '"').ToArray());

    private static CalDateTime Local(DateTime utc, string timeZoneId) =>
        new(ProgramTime.ToLocal(utc, timeZoneId), timeZoneId, hasTime: true);
}
