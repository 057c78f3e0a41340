namespace PetitionBot.Host.Telemetry;

/// <summary>Section "Telemetry": where traces and metrics go. Everything is off unless configured.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public PrometheusOptions Prometheus { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();

    public bool IsOn => Prometheus.Enabled || Otlp.Endpoint is not null;

    public IEnumerable<string> Problems()
    {
        if (!Prometheus.Path.StartsWith('/'))
            yield return $"Telemetry:Prometheus:Path must start with '/', not \"{Prometheus.Path}\".";
        if (Otlp.Endpoint is { IsAbsoluteUri: false })
            yield return "Telemetry:Otlp:Endpoint must be an absolute address such as http://collector:4317.";
        if (Otlp.Protocol is not ("grpc" or "http/protobuf"))
            yield return $"Telemetry:Otlp:Protocol must be grpc or http/protobuf, not \"{Otlp.Protocol}\".";
    }
}

/// <summary>The scrape endpoint. Answers loopback callers and the networks in <see cref="AllowFrom"/>; 404 to others.</summary>
public sealed class PrometheusOptions
{
    public bool Enabled { get; set; }

    public string Path { get; set; } = "/metrics";

    /// <summary>Addresses or networks (10.0.0.0/8) that may scrape besides loopback.</summary>
    public List<string> AllowFrom { get; set; } = [];
}

/// <summary>OTLP export of traces and metrics to a collector; off while <see cref="Endpoint"/> is empty.</summary>
public sealed class OtlpOptions
{
    public Uri? Endpoint { get; set; }

    /// <summary>grpc (port 4317) or http/protobuf (port 4318).</summary>
    public string Protocol { get; set; } = "grpc";
}
