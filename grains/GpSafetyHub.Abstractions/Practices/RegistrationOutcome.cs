namespace GpSafetyHub.Practices;

/// <summary>What registering a practice did.</summary>
public enum RegistrationOutcome
{
    Created = 1,
    Updated = 2,
    Unchanged = 3,
}
