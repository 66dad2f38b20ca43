namespace GpSafetyHub.Alerts;

/// <summary>The kinds of safety alert the MHRA Central Alerting System (CAS) cascades.</summary>
public enum CasAlertType
{
    NationalPatientSafetyAlert = 1,
    MedicinesRecallClass1 = 2,
    MedicinesRecallClass2 = 3,
    MedicinesRecallClass3 = 4,
    MedicinesNotification = 5,
    DeviceSafetyInformation = 6,
    FieldSafetyNotice = 7,
    CmoMessage = 8,
    Other = 9,
}

/// <summary>How each kind of alert is named to people: in e-mails, pages and the API's descriptions.</summary>
public static class CasAlertTypes
{
    public static string Describe(CasAlertType type) => type switch
    {
        CasAlertType.NationalPatientSafetyAlert => "National Patient Safety Alert",
        CasAlertType.MedicinesRecallClass1 => "Medicines recall, class 1 (immediate)",
        CasAlertType.MedicinesRecallClass2 => "Medicines recall, class 2 (within 48 hours)",
        CasAlertType.MedicinesRecallClass3 => "Medicines recall, class 3 (within 5 days)",
        CasAlertType.MedicinesNotification => "Medicines notification",
        CasAlertType.DeviceSafetyInformation => "Device safety information",
        CasAlertType.FieldSafetyNotice => "Field safety notice from a manufacturer",
        CasAlertType.CmoMessage => "Chief Medical Officer message",
        _ => "Other safety communication",
    };
}
