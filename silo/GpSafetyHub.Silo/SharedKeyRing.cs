using System.Xml.Linq;
using Azure.Data.Tables;
using GpSafetyHub.Grains.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Silo;

/// <summary>
/// ASP.NET Core Data Protection's key ring (it encrypts the web session cookie, the sign-in's
/// correlation cookies and form tokens) kept in the hub's table storage under one application
/// name, so every silo behind a load balancer reads a cookie or form another silo issued. Kept on
/// each machine, as by default, a person would seem signed out, and their forms refused, whenever
/// the load balancer sent them to another instance. The keys are stored as Data Protection writes
/// them: access to the storage account is what guards them.
/// </summary>
internal static class SharedKeyRing
{
    public static IServiceCollection AddHubSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("gp-safety-hub");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new TableKeyRepository(provider.GetRequiredService<HubTables>().DataProtectionKeys)));
        return services;
    }

    /// <summary>One row per key in one partition. Data Protection reads the ring at start and about once a day, and adds a key every 90 days.</summary>
    private sealed class TableKeyRepository(TableClient table) : IXmlRepository
    {
        private const string Partition = "keys";
        private volatile bool _created;

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            Create();
            return table.Query<TableEntity>(e => e.PartitionKey == Partition).Select(e => XElement.Parse(e.GetString("Xml"))).ToArray();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            Create();
            table.UpsertEntity(new TableEntity(Partition, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) }, TableUpdateMode.Replace);
        }

        // Data Protection may read the ring before the silo has created the hub's tables.
        private void Create()
        {
            if (_created) return;
            table.CreateIfNotExists();
            _created = true;
        }
    }
}
