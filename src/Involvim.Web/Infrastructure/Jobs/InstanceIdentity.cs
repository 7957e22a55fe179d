namespace Involvim.Web.Infrastructure.Jobs;

/// <summary>Names this process among several app instances; written into leases so operators see who holds what.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
