"""Operations files: the Grafana dashboard (built by ops.grafana.dashboard) and the Prometheus/Grafana provisioning."""
