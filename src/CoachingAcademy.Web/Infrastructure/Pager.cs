using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>What the shared pager partial needs of any paged list.</summary>
public sealed record Pager(int Page, int PageCount, string Label)
{
    public static Pager For<T>(PagedList<T> list, string label) => new(list.Page, list.PageCount, label);
}
