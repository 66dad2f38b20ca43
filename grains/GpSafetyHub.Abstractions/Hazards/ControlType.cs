namespace GpSafetyHub.Hazards;

/// <summary>The kind of measure a control is, as in the NHS hazard log template.</summary>
public enum ControlType
{
    SystemDesign = 1,
    Testing = 2,
    UserTraining = 3,
    BusinessProcess = 4,
}
