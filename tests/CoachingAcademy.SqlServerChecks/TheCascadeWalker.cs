namespace CoachingAcademy.SqlServerChecks;

/// <summary>The walker behind the cascade-path check, on small hand-made schemas whose answer is known.</summary>
public sealed class TheCascadeWalker
{
    private static ForeignKeyEdge Fk(string principal, string dependent, OnDelete action) => new($"FK_{dependent}_{principal}", principal, dependent, action);

    [Fact]
    public void Two_cascading_routes_to_one_table_are_found()
    {
        var problems = CascadePaths.Problems([
            Fk("Cohorts", "Matches", OnDelete.Cascade), Fk("Matches", "Sessions", OnDelete.Cascade),
            Fk("Cohorts", "Milestones", OnDelete.Cascade), Fk("Milestones", "Sessions", OnDelete.Cascade)]);

        var problem = Assert.Single(problems);
        Assert.StartsWith("Cohorts reaches Sessions by 2 cascade paths", problem);
    }

    [Fact]
    public void A_set_null_route_counts_as_a_second_path()
    {
        var problems = CascadePaths.Problems([
            Fk("Cohorts", "Matches", OnDelete.Cascade), Fk("Matches", "Sessions", OnDelete.Cascade),
            Fk("Cohorts", "Milestones", OnDelete.Cascade), Fk("Milestones", "Sessions", OnDelete.SetNull)]);

        Assert.Contains(problems, p => p.StartsWith("Cohorts reaches Sessions by 2", StringComparison.Ordinal) && p.Contains("SET NULL"));
    }

    [Fact]
    public void A_route_with_no_action_on_it_is_no_path()
    {
        Assert.Empty(CascadePaths.Problems([
            Fk("Cohorts", "Matches", OnDelete.Cascade), Fk("Matches", "Sessions", OnDelete.Cascade),
            Fk("Cohorts", "Milestones", OnDelete.Cascade), Fk("Milestones", "Sessions", OnDelete.NoAction)]));
    }

    [Fact]
    public void A_set_null_ends_its_route_and_two_roots_do_not_add_up()
    {
        Assert.Empty(CascadePaths.Problems([
            Fk("People", "Users", OnDelete.SetNull), Fk("Users", "Tokens", OnDelete.Cascade),
            Fk("Roles", "UserRoles", OnDelete.Cascade), Fk("Users", "UserRoles", OnDelete.Cascade)]));
    }

    [Fact]
    public void Cycles_are_found_including_a_table_that_cascades_to_itself()
    {
        Assert.Contains(CascadePaths.Problems([Fk("A", "B", OnDelete.Cascade), Fk("B", "A", OnDelete.Cascade)]), p => p.StartsWith("cascade cycle", StringComparison.Ordinal));
        Assert.Contains(CascadePaths.Problems([Fk("People", "People", OnDelete.Cascade)]), p => p.StartsWith("cascade cycle", StringComparison.Ordinal));
    }
}
