using FluentValidation;

namespace CoachingAcademy.Web.Models.Teams;

/// <summary>The participants a director ticks to form a peer team.</summary>
public sealed class TeamInput
{
    public List<int> PeerIds { get; set; } = [];
}

public sealed class TeamInputValidator : AbstractValidator<TeamInput>
{
    public TeamInputValidator()
    {
        RuleFor(x => x.PeerIds).NotEmpty().WithMessage("Tick the participants who form the team.")
            .Must(ids => ids.Count <= 50).WithMessage("Tick at most 50 participants.");
    }
}
