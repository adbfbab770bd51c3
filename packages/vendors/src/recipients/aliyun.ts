/**
 * Alibaba Cloud Simple Log Service (aliyun): PutLogs (protobuf LogGroup, optionally lz4/deflate
 * compressed) and web tracking (GET query or POST JSON), on `<project>.<region>.log.aliyuncs.com`.
 */
import { z } from "zod";
import { operational, personal } from "../schema/tags.js";
import type { KeyValueList, VendorRecipient } from "../types.js";

const keyValue = () =>
  z.object({
    Key: z.string().describe("Field name."),
    Value: z.string().describe("Field value; its category follows from Key."),
  });

/**
 * A log group's topic (session 20): a name the app chooses, often a host's, a device's or a user's
 * (Logtail's `topic_format` takes it from the file path). Not operational: the engine's value
 * readers apply, as to `__topic__` and `__hostname__` among a log's fields, so a host name that
 * holds a person's name (`astrid-solbergs-macbook-pro.local`) or an e-mail address goes.
 */
const LOG_TOPIC = "Log topic: a name the app chooses; read by the engine's value rules.";

/**
 * The JSON form of an SLS `LogGroup` (see `decodeLogGroup`): the protobuf message with field names
 * as in `sls.proto` of @alicloud/log.
 */
export const slsLogGroupSchema = z.object({
  Logs: z
    .array(
      z.object({
        Time: operational(z.number().int().describe("Unix time in seconds.")),
        Contents: z.array(keyValue()).describe("The log's fields, as Key/Value pairs."),
        TimeNs: operational(z.number().int().describe("Nanosecond part of the time.")).optional(),
      }),
    )
    .describe("The logs."),
  Reserved: operational(z.string().describe("Reserved field 2.")).optional(),
  Topic: z.string().describe(LOG_TOPIC).optional(),
  Source: personal(
    z.string().describe("Log source, usually the client's IP address."),
    "network.ip_address",
  ).optional(),
  LogTags: z.array(keyValue()).describe("Tags of the group, as Key/Value pairs.").optional(),
});

/**
 * Reserved keys of a log's fields and tags. Not `__topic__` (session 20): a topic is a name the app
 * chooses (see `LOG_TOPIC`), left to the engine's generic rules like any other key.
 */
const SLS_KNOWN_KEYS: KeyValueList["known"] = {
  __time__: "operational",
  __pack_id__: "operational",
  __path__: "operational",
  __receive_time__: "operational",
  __client_ip__: "network.ip_address",
  __source__: "network.ip_address",
};

/**
 * Key/Value lists of a LogGroup. Not in the plan: the engine's key table reads these reserved
 * keys the same way, and a condition per log field cost PutLogs 8-20% for the same output
 * (session 15).
 */
export const SLS_KEY_VALUE_LISTS: readonly KeyValueList[] = [
  { path: "Logs[].Contents[]", keyField: "Key", valueField: "Value", known: SLS_KNOWN_KEYS, inPlan: false },
  { path: "LogTags[]", keyField: "Key", valueField: "Value", known: SLS_KNOWN_KEYS, inPlan: false },
];

/** Web tracking `GET .../track?APIVersion=0.6.0&...`: log fields are free query parameters. */
export const slsWebTrackingQuerySchema = z.looseObject({
  APIVersion: operational(z.string().describe("Always 0.6.0.")),
  __topic__: z.string().describe(LOG_TOPIC).optional(),
  __source__: personal(
    z.string().describe("Log source, usually the client IP."),
    "network.ip_address",
  ).optional(),
});

/** Web tracking `POST .../track` JSON body. */
export const slsWebTrackingBodySchema = z.looseObject({
  __topic__: z.string().describe(LOG_TOPIC).optional(),
  __source__: personal(
    z.string().describe("Log source, usually the client IP."),
    "network.ip_address",
  ).optional(),
  __logs__: z
    .array(
      z.looseObject({
        __time__: operational(z.union([z.string(), z.number()]).describe("Log time.")).optional(),
      }),
    )
    .describe("The logs: objects of free field names (for the engine's key rules)."),
  __tags__: z.record(z.string(), z.string()).describe("Tags: free names.").optional(),
});

const PUT_LOGS_DOCS =
  "https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-putlogs";
const TRACK_DOCS =
  "https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-putwebtracking";

/** The aliyun recipient. */
export const ALIYUN: VendorRecipient = {
  id: "aliyun",
  vendor: "Alibaba Cloud",
  hosts: ["*.log.aliyuncs.com"],
  defaultUpstream: "https://cn-hangzhou.log.aliyuncs.com",
  // SLS signs `x-log-*` and `x-acs-*` (v1 `LOG` and v4): the API version, body size, compression,
  // signature method, v4 date and content hash, STS token (@alicloud/log, @alicloud/gateway-sls)
  headers: {
    names: [],
    prefixes: ["x-log-", "x-acs-"],
    docs: PUT_LOGS_DOCS,
  },
  endpoints: [
    {
      id: "aliyun.sls.put-logs",
      recipient: "aliyun",
      method: "POST",
      pathPattern: "/logstores/{logstore}/shards/lb",
      bodyFormat: "sls-protobuf",
      bodySchema: slsLogGroupSchema,
      keyValueLists: SLS_KEY_VALUE_LISTS,
      signature: "sls",
      docs: PUT_LOGS_DOCS,
    },
    {
      id: "aliyun.sls.put-logs-route",
      recipient: "aliyun",
      method: "POST",
      pathPattern: "/logstores/{logstore}/shards/route",
      bodyFormat: "sls-protobuf",
      bodySchema: slsLogGroupSchema,
      querySchema: z.looseObject({ key: operational(z.string().describe("Shard hash key.")).optional() }),
      keyValueLists: SLS_KEY_VALUE_LISTS,
      signature: "sls",
      docs: PUT_LOGS_DOCS,
    },
    {
      id: "aliyun.sls.post-logstore-logs",
      recipient: "aliyun",
      method: "POST",
      pathPattern: "/logstores/{logstore}",
      bodyFormat: "sls-protobuf",
      bodySchema: slsLogGroupSchema,
      keyValueLists: SLS_KEY_VALUE_LISTS,
      signature: "sls",
      docs: PUT_LOGS_DOCS,
    },
    {
      id: "aliyun.sls.web-tracking-get",
      recipient: "aliyun",
      method: "GET",
      pathPattern: "/logstores/{logstore}/track",
      bodyFormat: "none",
      querySchema: slsWebTrackingQuerySchema,
      docs: TRACK_DOCS,
    },
    {
      id: "aliyun.sls.web-tracking-post",
      recipient: "aliyun",
      method: "POST",
      pathPattern: "/logstores/{logstore}/track",
      bodyFormat: "json",
      bodySchema: slsWebTrackingBodySchema,
      docs: TRACK_DOCS,
    },
  ],
};
