namespace GpSafetyHub.Hazards;

/// <summary>Whether a control is already in place or is an additional one still to be put in place.</summary>
public enum ControlState
{
    Existing = 1,
    Additional = 2,
}
