using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Involvim.Web.Infrastructure.Telemetry;

/// <summary>
/// Structured logs always (console; JSON with <c>Logging:Console:FormatterName=json</c>); OpenTelemetry traces,
/// metrics and logs only when an OTLP endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), so that nothing leaves the machine by default.
/// </summary>
public static class Observability
{
    public const string ActivitySourceName = "Involvim";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        }

        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("involvim-web"))
            .WithTracing(t => t
                .AddSource(ActivitySourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging()
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        return builder;
    }
}
