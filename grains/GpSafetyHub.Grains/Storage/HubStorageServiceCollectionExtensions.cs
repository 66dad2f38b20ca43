using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using GpSafetyHub.Grains.Journals;
using Orleans.Serialization;
using Orleans.Storage;

namespace GpSafetyHub.Grains.Storage;

public static class HubStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hub's Azure Table storage: validated <see cref="HubStorageOptions"/> from the
    /// <c>Storage</c> configuration section, the tables (created as the silo starts), the event
    /// journals, and and Orleans' Azure Table grain storage named <paramref name="providerName"/>.
    /// </summary>
    public static ISiloBuilder AddHubTableStorage(this ISiloBuilder silo, string providerName = HubStorage.ProviderName)
    {
        var services = silo.Services;
        services.AddOptions<HubStorageOptions>().BindConfiguration(HubStorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubStorageOptions>, HubStorageOptionsValidator>());
        services.TryAddSingleton<HubTables>();
        services.TryAddSingleton<JournalStore>();
        services.TryAddSingleton<ReadModels.ReadModelStore>();
        services.TryAddSingleton<Alerts.CasResponseStore>();
        services.TryAddSingleton<Reminders.ReminderStore>();
        services.TryAddKeyedSingleton(HubClock.Key, TimeProvider.System);
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, TableCreation>();
        silo.AddIncomingGrainCallFilter<StorageOutageFilter>();
        silo.AddOutgoingGrainCallFilter<StorageOutageFilter>();
        // Orleans' own table grain storage, in the same account as the rest. Its binary serializer,
        // so grain state follows the [GenerateSerializer]/[Id] contracts that already version the
        // types passed between grains.
        silo.AddAzureTableGrainStorage(providerName, options => options.Configure<HubTables, Serializer>((table, tables, serializer) =>
        {
            table.TableServiceClient = tables.Service;
            table.TableName = tables.GrainStateTableName;
            table.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            table.DeleteStateOnClear = true;
        }));
        return silo;
    }
}
