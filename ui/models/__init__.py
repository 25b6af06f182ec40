"""Table models over the core's summary records, with proxies for sort and filter."""
