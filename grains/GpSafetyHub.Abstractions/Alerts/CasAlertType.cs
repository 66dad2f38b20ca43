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
