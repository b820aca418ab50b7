using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// What the shared pager partial needs of any paged list. <see cref="Path"/>, when given, is the page's own address with
/// its filters (a page re-shown after a refused form would otherwise link to the form's address).
/// </summary>
public sealed record Pager(int Page, int PageCount, string Label, string? Path = null)
{
    public static Pager For<T>(PagedList<T> list, string label, string? path = null) => new(list.Page, list.PageCount, label, path);

    public string? Href(int page) => Path is null ? null : $"{Path}{(Path.Contains('?') ? '&' : '?')}page={page}";
}
