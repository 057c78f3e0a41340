using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PetitionBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the whole process: every "PetitionBot.*" source and meter (turns, state, case store, clause
/// search, model calls, sends, reminders, sign-ins), ASP.NET Core and outgoing HTTP. Metrics go to the Prometheus
/// scrape endpoint and/or OTLP, traces to OTLP; with neither configured nothing is collected.
/// </summary>
public static class TelemetryServices
{
    private const string OurSources = "PetitionBot.*";

    public static IServiceCollection AddPetitionBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        if (!options.IsOn) return services;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("petitionbot"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(OurSources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            if (options.Prometheus.Enabled) metrics.AddPrometheusExporter();
            if (options.Otlp.Endpoint is { } endpoint) metrics.AddOtlpExporter(o => Configure(o, endpoint, options.Otlp, "metrics"));
        });
        if (options.Otlp.Endpoint is { } traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(OurSources)
                // Paths carry conversation ids and tokens ride in query strings: spans keep the route template only.
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, request) =>
                    activity.SetTag("url.path", (request.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched"))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, _) => activity.SetTag("url.full", null))
                .AddOtlpExporter(o => Configure(o, traces, options.Otlp, "traces")));
        }
        return services;
    }

    /// <summary>Over HTTP the exporter posts to the address as given, so each signal's path (v1/traces …) is added here.</summary>
    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, OtlpOptions options, string signal)
    {
        var grpc = options.Protocol == "grpc";
        exporter.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = grpc ? endpoint : new Uri(endpoint.ToString().TrimEnd('/') + "/v1/" + signal);
    }
}
