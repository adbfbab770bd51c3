/** What one load run against one target measured. */
export interface LoadResult {
  /** Successful (2xx) responses per second over the run. */
  readonly rps: number;
  /** Median latency of 2xx responses, ms. */
  readonly p50: number;
  /** 99th percentile latency of 2xx responses, ms. */
  readonly p99: number;
  /** 2xx responses. */
  readonly ok: number;
  /** Responses with any other status. */
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  /** Wall time of the run, s. */
  readonly seconds: number;
}

/** What a load run sends: one POST, the same body every time. */
export interface LoadRequest {
  /** Absolute URL, `http://127.0.0.1:<port>/facebook/v21.0/<pixel>/events?...`. */
  readonly url: string;
  /** Body bytes. */
  readonly body: Buffer;
}
