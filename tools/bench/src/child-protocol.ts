/** What a bench child process runs; passed to it as JSON in argv[2]. */
export interface ChildConfig {
  /** `upstream`: stand-in vendor; `collector`: stand-in OTLP collector; `pass-through`: the baseline proxy. */
  readonly role: "upstream" | "collector" | "pass-through";
  /** Port to listen on (127.0.0.1). */
  readonly port: number;
  /** Worker processes (node:cluster) sharing the port; only `pass-through` uses more than 1. */
  readonly workers: number;
  /** Recipient to upstream base URL, for `pass-through`. */
  readonly upstreams: Readonly<Record<string, string>>;
}

/** A request from the bench to a child over IPC. */
export type ChildRequest =
  | { readonly id: number; readonly type: "capture"; readonly prefix: string }
  | { readonly id: number; readonly type: "counts" }
  | { readonly id: number; readonly type: "collector-stats" };

/** A child's message to the bench over IPC. */
export type ChildMessage =
  | { readonly type: "ready"; readonly port: number }
  | { readonly id: number; readonly type: "reply"; readonly value: unknown };
