-- wrk report for scripts/load-monitor.sh: throughput and latency percentiles in one parseable block.
-- wrk measures latency in microseconds; figures are printed in milliseconds.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write("--- load-test report ---\n")
  io.write(string.format("requests: %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("throughput: %.1f requests/s\n", summary.requests / seconds))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.2f ms\n", latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-2xx/3xx %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
