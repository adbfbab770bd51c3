/**
 * Meta (facebook): Conversions API, App Events, Custom Audience users and Graph batch requests on
 * graph.facebook.com. Field meanings from Meta's Conversions API parameter reference (customer
 * information, custom data, app data), the `ExtendedDeviceInfo` class of
 * facebook-nodejs-business-sdk (extinfo positions) and the Marketing API's "Custom Audience Users".
 *
 * Session 15 (vendor red-team): Graph reads a call's parameters from the query string as from the
 * body, so every endpoint's query is read with its body's (form) schema; the Conversions API's JSON
 * `data` may be JSON in a string; a batch is read as facebook-nodejs-business-sdk sends it (`batch`
 * a real array) and each sub-request's body with the schema of the endpoint its `relative_url`
 * names; Custom Audience uploads are in the catalog; `custom_data.contents[].brand` is a product's.
 */
import { z } from "zod";
import {
  addressingId,
  formString,
  freeText,
  jsonString,
  namedColumns,
  operational,
  personal,
  relativeUrl,
} from "../schema/tags.js";
import type { VendorRecipient } from "../types.js";

const str = () => z.string();
const oneOrMany = () => z.union([z.string(), z.array(z.string())]);
const scalar = () => z.union([z.string(), z.number(), z.boolean()]);

const EXTINFO_POSITIONS = [
  operational(str().describe("0: extinfo version, a2 (Android) or i2 (iOS).")),
  operational(str().describe("1: app package name.")),
  personal(scalar().describe("2: short app version."), "device.attribute.software_version"),
  personal(scalar().describe("3: long app version."), "device.attribute.software_version"),
  personal(scalar().describe("4: OS version."), "device.attribute.software_version"),
  personal(scalar().describe("5: device model name."), "device.attribute.model"),
  personal(scalar().describe("6: locale."), "device.attribute.language"),
  personal(scalar().describe("7: timezone abbreviation."), "device.attribute.country"),
  personal(scalar().describe("8: carrier."), "network.operator"),
  personal(scalar().describe("9: screen width."), "device.attribute.resolution"),
  personal(scalar().describe("10: screen height."), "device.attribute.resolution"),
  personal(scalar().describe("11: screen density."), "device.attribute.resolution"),
  personal(scalar().describe("12: CPU cores."), "device.attribute"),
  personal(scalar().describe("13: total (external) storage size in GB."), "storage"),
  personal(scalar().describe("14: free storage space in GB."), "storage"),
  personal(scalar().describe("15: device timezone."), "device.attribute.country"),
] as const;

/**
 * `extinfo`: extended device information by position, every position required (empty string when
 * unknown): 0 version `a2`/`i2`, 1 app package name, 2 short version, 3 long version, 4 OS version,
 * 5 device model name, 6 locale, 7 timezone abbreviation, 8 carrier, 9 screen width, 10 screen
 * height, 11 screen density, 12 CPU cores, 13 total disk space (GB), 14 free disk space (GB),
 * 15 device timezone. Meta documents it as an array (`extinfo[5]`); facebook-nodejs-business-sdk
 * 24 sends an object keyed "0".."15" (`extinfo.5`). Both forms are tagged.
 */
export const facebookExtinfoSchema = z.union([
  z.tuple(EXTINFO_POSITIONS).rest(scalar()).describe("extinfo as a positional array."),
  z
    .looseObject(Object.fromEntries(EXTINFO_POSITIONS.map((schema, i) => [String(i), schema.optional()])))
    .describe("extinfo as an object keyed by position (facebook-nodejs-business-sdk)."),
]);

/** Conversions API `user_data` (customer information parameters). */
export const facebookUserDataSchema = z.looseObject({
  em: personal(oneOrMany().describe("E-mail, SHA-256 of the normalised value."), "contact.email").optional(),
  ph: personal(oneOrMany().describe("Phone, SHA-256 of the normalised value."), "contact.phone").optional(),
  fn: personal(oneOrMany().describe("First name (hashed)."), "account.profile.name").optional(),
  f5first: personal(
    oneOrMany().describe("First 5 letters of the first name (hashed)."),
    "account.profile.name",
  ).optional(),
  f5last: personal(
    oneOrMany().describe("First 5 letters of the last name (hashed)."),
    "account.profile.name",
  ).optional(),
  fi: personal(oneOrMany().describe("First-name initial (hashed)."), "account.profile.name").optional(),
  dobd: personal(oneOrMany().describe("Day of birth (hashed)."), "account.profile.birthday").optional(),
  dobm: personal(oneOrMany().describe("Month of birth (hashed)."), "account.profile.birthday").optional(),
  doby: personal(oneOrMany().describe("Year of birth (hashed)."), "account.profile.birthday").optional(),
  app_user_id: personal(oneOrMany().describe("The app's user id (hashed)."), "account.id").optional(),
  ln: personal(oneOrMany().describe("Last name (hashed)."), "account.profile.name").optional(),
  ge: personal(oneOrMany().describe("Gender (hashed)."), "account.profile.gender").optional(),
  db: personal(oneOrMany().describe("Date of birth (hashed)."), "account.profile.birthday").optional(),
  ct: personal(oneOrMany().describe("City (hashed)."), "contact.address").optional(),
  st: personal(oneOrMany().describe("State (hashed)."), "contact.address").optional(),
  zp: personal(oneOrMany().describe("Zip code (hashed)."), "contact.address").optional(),
  country: personal(oneOrMany().describe("Country of the address (hashed)."), "contact.address").optional(),
  external_id: personal(oneOrMany().describe("The advertiser's id of the user."), "account.id").optional(),
  client_ip_address: personal(str().describe("The user's IP address."), "network.ip_address").optional(),
  client_user_agent: personal(
    str().describe("The user's browser User-Agent."),
    "device.attribute.software_version",
  ).optional(),
  fbc: personal(str().describe("Click id cookie (_fbc)."), "cookie").optional(),
  fbp: personal(str().describe("Browser id cookie (_fbp)."), "cookie").optional(),
  subscription_id: personal(str().describe("Subscription id of the user."), "account.id").optional(),
  fb_login_id: personal(scalar().describe("Facebook Login app-scoped id."), "account.id").optional(),
  lead_id: personal(scalar().describe("Meta lead id of the person."), "account.id").optional(),
  anon_id: personal(str().describe("App install id issued by the SDK."), "device.identifier.guid").optional(),
  madid: personal(str().describe("Mobile advertiser id (IDFA or GAID)."), "advertising_id").optional(),
  page_id: operational(str().describe("The page the event is about.")).optional(),
  page_scoped_user_id: personal(str().describe("Page-scoped user id."), "account.id").optional(),
  ctwa_clid: personal(str().describe("Click-to-WhatsApp click id."), "cookie").optional(),
  ig_account_id: operational(str().describe("The business's Instagram account id.")).optional(),
  ig_sid: personal(str().describe("Instagram-scoped user id."), "account.id").optional(),
});

/**
 * One product of `custom_data.contents` (Meta's `Content`): ids, quantities, prices and the
 * product's own descriptors. `brand` is the product's brand (the key table reads a bare `brand` as
 * a device model, which it is elsewhere); `title`, `description`, `category` and
 * `delivery_category` are text a shop wrote (or an app filled in: Meta does not check them against
 * its documented values), read with the text detectors (session 17, a red team's round 6 F4: a
 * personalised product's category carried the customer's name and phone unread). Unknown members
 * are for the engine's generic rules.
 */
export const facebookContentSchema = z.looseObject({
  id: operational(z.union([z.string(), z.number()]).describe("Product id.")).optional(),
  quantity: operational(z.union([z.number(), z.string()]).describe("Number of items.")).optional(),
  item_price: operational(z.union([z.number(), z.string()]).describe("Price per item.")).optional(),
  title: freeText(str().describe("Product title.")).optional(),
  description: freeText(str().describe("Product description.")).optional(),
  brand: operational(str().describe("Brand of the product.")).optional(),
  category: freeText(str().describe("Category of the product.")).optional(),
  delivery_category: freeText(str().describe("in_store, curbside or home_delivery.")).optional(),
});

/**
 * Conversions API `custom_data`: standard fields; anything else is for the engine's generic rules.
 * The strings an app writes (`content_name`, `content_category`, `content_type`, `status`,
 * `delivery_category`) are free text, read with the text detectors: until session 17 they were
 * operational, so `"content_name": "Mug for Astrid Solberg, call 4741234567"` (personalised goods,
 * gift cards) reached Meta whole (a red team's round 6, F4). An enum's value (`product`,
 * `home_delivery`) holds nothing the detectors read and passes as it came.
 */
export const facebookCustomDataSchema = z.looseObject({
  value: operational(z.union([z.number(), z.string()]).describe("Monetary value.")).optional(),
  net_revenue: operational(z.union([z.number(), z.string()]).describe("Net revenue.")).optional(),
  item_number: operational(str().describe("Item number.")).optional(),
  currency: operational(str().describe("ISO 4217 currency.")).optional(),
  content_name: freeText(str().describe("Name of the product or page.")).optional(),
  content_category: freeText(str().describe("Category of the product or page.")).optional(),
  content_ids: operational(z.array(scalar()).describe("Product ids.")).optional(),
  contents: z.array(facebookContentSchema).describe("Products: id, quantity, item_price...").optional(),
  content_type: freeText(str().describe("product or product_group.")).optional(),
  order_id: operational(str().describe("Order id.")).optional(),
  predicted_ltv: operational(
    z.union([z.number(), z.string()]).describe("Predicted lifetime value."),
  ).optional(),
  num_items: operational(z.union([z.number(), z.string()]).describe("Number of items.")).optional(),
  status: freeText(str().describe("Registration or subscription status.")).optional(),
  delivery_category: freeText(str().describe("Delivery type.")).optional(),
  search_string: freeText(str().describe("What the user searched for.")).optional(),
});

/** Conversions API `app_data` (app events sent through the Conversions API). */
export const facebookAppDataSchema = z.looseObject({
  advertiser_tracking_enabled: operational(scalar().describe("ATT permission, 0 or 1.")).optional(),
  application_tracking_enabled: operational(
    scalar().describe("App-level tracking opt-in, 0 or 1."),
  ).optional(),
  extinfo: facebookExtinfoSchema.optional(),
  campaign_ids: operational(str().describe("Encrypted campaign ids from the deep link.")).optional(),
  install_referrer: personal(str().describe("Android install referrer."), "browsing_history").optional(),
  installer_package: operational(str().describe("Store that installed the app.")).optional(),
  url_schemes: operational(z.array(str()).describe("URL schemes of the app.")).optional(),
  windows_attribution_id: personal(str().describe("Windows advertising id."), "advertising_id").optional(),
  vendor_id: personal(str().describe("IDFV."), "device.identifier.idfv").optional(),
  consider_views: operational(scalar().describe("Count view-through.")).optional(),
  include_dwell_data: operational(scalar().describe("Include dwell data.")).optional(),
  include_video_data: operational(scalar().describe("Include video data.")).optional(),
  receipt_data: operational(str().describe("App store purchase receipt.")).optional(),
});

/** One Conversions API server event. */
export const facebookServerEventSchema = z.looseObject({
  event_name: operational(str().describe("Standard or custom event name.")),
  event_time: operational(z.union([z.number(), z.string()]).describe("Unix time in seconds.")),
  event_id: operational(str().describe("Deduplication id.")).optional(),
  action_source: operational(str().describe("Where the conversion happened.")).optional(),
  event_source_url: personal(str().describe("URL the event happened on."), "browsing_history").optional(),
  referrer_url: personal(str().describe("Referrer of that URL."), "browsing_history").optional(),
  opt_out: operational(z.boolean().describe("Exclude from ads delivery optimisation.")).optional(),
  data_processing_options: operational(z.array(str()).describe("e.g. LDU.")).optional(),
  data_processing_options_country: operational(z.number().describe("Country code for LDU.")).optional(),
  data_processing_options_state: operational(z.number().describe("State code for LDU.")).optional(),
  messaging_channel: operational(str().describe("Business messaging channel.")).optional(),
  advertiser_tracking_enabled: operational(scalar().describe("ATT permission.")).optional(),
  advanced_measurement_table: operational(
    z.looseObject({}).describe("Advanced measurement settings."),
  ).optional(),
  // Each id and number of facebook-nodejs-business-sdk's AttributionData is operational, so `ad_id`,
  // Meta's own id of the ad ("Meta-provided ad id from URL/deeplink"), is not read by the key table
  // as a device's advertising id (session 17; a UUID there still is one: the engine's
  // advertising-ids.ts, session 18). Its words (source, model, method, touchpoint, reason, scope)
  // are free text (session 18, red team round 7's R8: a name and a phone number in
  // `decline_reason` reached Meta). A member Meta does not document is left to the generic rules.
  attribution_data: z
    .looseObject({
      scope: freeText(str().describe("Attribution scope (click, view...).")).optional(),
      visit_time: operational(scalar().describe("Unix time of the visit.")).optional(),
      ad_id: operational(scalar().describe("Meta id of the ad clicked or viewed.")).optional(),
      adset_id: operational(scalar().describe("Meta id of the ad set.")).optional(),
      campaign_id: operational(scalar().describe("Meta id of the campaign.")).optional(),
      attribution_share: operational(scalar().describe("Share of the credit.")).optional(),
      attribution_model: freeText(str().describe("Attribution model.")).optional(),
      attr_window: operational(scalar().describe("Attribution window in days.")).optional(),
      attribution_value: operational(scalar().describe("Value attributed.")).optional(),
      attribution_source: freeText(str().describe("Source of the attribution.")).optional(),
      touchpoint_type: freeText(str().describe("Touchpoint type.")).optional(),
      touchpoint_ts: operational(scalar().describe("Unix time of the touchpoint.")).optional(),
      attribution_method: freeText(str().describe("Attribution method.")).optional(),
      decline_reason: freeText(str().describe("Why an attribution was declined.")).optional(),
      auditing_token: operational(str().describe("Meta auditing token.")).optional(),
      linkage_key: operational(str().describe("Meta linkage key.")).optional(),
      attribution_setting: operational(
        z.looseObject({}).describe("Inactivity and reattribution windows."),
      ).optional(),
    })
    .describe("Ad attribution (ids, model, weights).")
    .optional(),
  original_event_data: operational(
    z.looseObject({}).describe("Event name and time of the original event."),
  ).optional(),
  user_data: facebookUserDataSchema.optional(),
  custom_data: facebookCustomDataSchema.optional(),
  app_data: facebookAppDataSchema.optional(),
});

// facebook-nodejs-business-sdk sends unset envelope fields as null.
const capiEnvelope = {
  test_event_code: operational(str().describe("Test Events tool code.")).nullish(),
  partner_agent: operational(str().describe("Platform that sent the events.")).nullish(),
  namespace_id: operational(str().describe("Offline event set namespace.")).nullish(),
  upload_id: operational(str().describe("Upload id.")).nullish(),
  upload_tag: operational(str().describe("Upload tag.")).nullish(),
  upload_source: operational(str().describe("Upload source.")).nullish(),
  access_token: operational(str().describe("Graph API access token.")).nullish(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).nullish(),
};

/**
 * `POST /{version}/{pixel-id}/events` with a JSON body. Graph accepts `data` as JSON in a string
 * too (`{"data": "[{...}]"}`), read with the same schema.
 */
export const facebookCapiJsonBodySchema = z.looseObject({
  data: z
    .union([z.array(facebookServerEventSchema), jsonString(z.array(facebookServerEventSchema))])
    .describe("The events, or the events as JSON."),
  ...capiEnvelope,
});

/** `POST /{version}/{pixel-id}/events` with a form body whose `data` field holds the events as JSON. */
export const facebookCapiFormBodySchema = z.looseObject({
  data: jsonString(z.array(facebookServerEventSchema)).describe("The events, as JSON."),
  ...capiEnvelope,
});

/**
 * The query of a Conversions API call: Graph reads parameters from the query string as from the
 * body (`?access_token=...&data=[...]`), so the form body's fields, each optional.
 */
export const facebookCapiQuerySchema = facebookCapiFormBodySchema.partial();

/** One entry of `custom_events` of an App Events `activities` call. */
const appEventSchema = z.looseObject({
  _eventName: operational(str().describe("Event name.")),
  _eventName_md5: operational(str().describe("MD5 of the event name.")).optional(),
  _logTime: operational(z.number().describe("Unix time.")).optional(),
  _valueToSum: operational(z.number().describe("Value.")).optional(),
  _implicitlyLogged: operational(scalar().describe("Logged by the SDK itself.")).optional(),
  _inBackground: operational(scalar().describe("Logged in background.")).optional(),
  _session_id: operational(str().describe("SDK session id.")).optional(),
  fb_currency: operational(str().describe("Currency.")).optional(),
  fb_content_type: operational(str().describe("Content type.")).optional(),
  fb_content_id: operational(str().describe("Content id.")).optional(),
  fb_search_string: freeText(str().describe("Search text.")).optional(),
});

/** `POST /{app-id}/activities` (App Events API): form fields, several holding JSON. */
export const facebookAppActivitiesBodySchema = z.looseObject({
  event: operational(str().describe("CUSTOM_APP_EVENTS or MOBILE_APP_INSTALL.")),
  advertiser_id: personal(str().describe("IDFA or GAID."), "advertising_id").optional(),
  attribution: personal(str().describe("Facebook attribution id (cookie-like)."), "cookie").optional(),
  anon_id: personal(str().describe("App install id."), "device.identifier.guid").optional(),
  app_user_id: personal(str().describe("The app's user id."), "account.id").optional(),
  advertiser_tracking_enabled: operational(scalar().describe("0 or 1.")).optional(),
  application_tracking_enabled: operational(scalar().describe("0 or 1.")).optional(),
  custom_events: jsonString(z.array(appEventSchema)).optional(),
  // JSON in a form field, or the array itself in a JSON body (session 20: Graph reads a JSON body's
  // parameters as a form's, and an array there kept every position)
  extinfo: z.union([jsonString(facebookExtinfoSchema), facebookExtinfoSchema]).optional(),
  ud: jsonString(facebookUserDataSchema).optional(),
  bundle_id: operational(str().describe("App bundle id.")).optional(),
  bundle_version: personal(str().describe("App version."), "device.attribute.software_version").optional(),
  bundle_short_version: personal(
    str().describe("App version."),
    "device.attribute.software_version",
  ).optional(),
  installer_package: operational(str().describe("Installing store.")).optional(),
  install_referrer: personal(str().describe("Install referrer."), "browsing_history").optional(),
  url_schemes: jsonString(z.array(str())).optional(),
  sdk_version: operational(str().describe("Facebook SDK version.")).optional(),
  format: operational(str().describe("Response format.")).optional(),
  access_token: operational(str().describe("Access token.")).optional(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).optional(),
});

/**
 * The query of an App Events call: Meta's own App Events examples put every parameter in the
 * query string (`/activities?event=CUSTOM_APP_EVENTS&extinfo=[...]`), so the form body's fields.
 */
export const facebookAppActivitiesQuerySchema = facebookAppActivitiesBodySchema.partial();

/**
 * Custom Audience key types (`payload.schema`) and the category of the column each names, from
 * Meta's "Custom Audience Users" reference (`EXTERN_ID`, `EMAIL`, `PHONE`, `GEN`, `DOBY`, `DOBM`,
 * `DOBD`, `LN`, `FN`, `FI`, `CT`, `ST`, `ZIP`, `MADID`, `COUNTRY`; single-key `EMAIL_SHA256`,
 * `PHONE_SHA256`, `MOBILE_ADVERTISER_ID`; `APPUID` and `PAGEUID` with `app_ids` / `page_ids`;
 * `LOOKALIKE_VALUE` for value-based audiences). Hashed or not, a column is the data it hashes;
 * city, state, zip and country are the address's, as `user_data` `ct`/`st`/`zp`/`country` are.
 * `LOOKALIKE_VALUE` is the advertiser's value of the customer, a number that names nobody.
 */
export const CUSTOM_AUDIENCE_COLUMNS = {
  EMAIL: "contact.email",
  EMAIL_SHA256: "contact.email",
  PHONE: "contact.phone",
  PHONE_SHA256: "contact.phone",
  FN: "account.profile.name",
  LN: "account.profile.name",
  FI: "account.profile.name",
  DOBY: "account.profile.birthday",
  DOBM: "account.profile.birthday",
  DOBD: "account.profile.birthday",
  GEN: "account.profile.gender",
  CT: "contact.address",
  ST: "contact.address",
  ZIP: "contact.address",
  COUNTRY: "contact.address",
  MADID: "advertising_id",
  MOBILE_ADVERTISER_ID: "advertising_id",
  EXTERN_ID: "account.id",
  APPUID: "account.id",
  PAGEUID: "account.id",
  PAGE_SCOPED_USER_ID: "account.id",
  LOOKALIKE_VALUE: "operational",
} as const;

/** A Custom Audience upload's `payload`: the key types and the rows (or one key type and a list). */
const customAudiencePayloadSchema = z.looseObject({
  schema: operational(
    z
      .union([str(), z.array(str())])
      .describe("Key type of each column (EMAIL_SHA256, FN...), or one key type."),
  ),
  data: namedColumns(
    z
      .array(z.union([z.array(z.union([str(), z.number()])), str()]))
      .describe("Rows of values by the position of their key type in `schema`, or values of one key type."),
    "schema",
    CUSTOM_AUDIENCE_COLUMNS,
  ),
  is_raw: operational(z.boolean().describe("The keys are not hashed.")).optional(),
  app_ids: operational(z.array(str()).describe("Apps of APPUID columns.")).optional(),
  page_ids: operational(z.array(str()).describe("Pages of PAGEUID columns.")).optional(),
  data_source: operational(z.looseObject({}).describe("Where the data comes from.")).optional(),
});

/** A Custom Audience upload's `session` (uploads in several batches). */
const customAudienceSessionSchema = z.looseObject({
  session_id: operational(z.union([z.number(), str()]).describe("Upload session id.")),
  batch_seq: operational(z.union([z.number(), str()]).describe("Batch number, from 1.")).optional(),
  last_batch_flag: operational(z.boolean().describe("This is the last batch.")).optional(),
  estimated_num_total: operational(z.union([z.number(), str()]).describe("Rows in the session.")).optional(),
});

/**
 * `POST|DELETE /{version}/{custom-audience-id}/users` and `POST .../usersreplace`: `payload` is an
 * object in a JSON body (facebook-nodejs-business-sdk's `createUser`) and JSON in a form body or in
 * the query (Meta's examples; the SDK's `deleteUsers` sends a DELETE's parameters in the query).
 */
export const facebookCustomAudienceUsersSchema = z.looseObject({
  payload: z.union([customAudiencePayloadSchema, jsonString(customAudiencePayloadSchema)]),
  session: z.union([customAudienceSessionSchema, jsonString(customAudienceSessionSchema)]).optional(),
  namespace: operational(str().describe("Namespace of the ids.")).optional(),
  id: operational(str().describe("The audience id (facebook-nodejs-business-sdk repeats it).")).optional(),
  access_token: operational(str().describe("Access token.")).optional(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).optional(),
});

/** The query of a Custom Audience users call: the same parameters, each optional. */
export const facebookCustomAudienceUsersQuerySchema = facebookCustomAudienceUsersSchema.partial();

/** One sub-request of a Graph batch. */
const batchItemSchema = z.looseObject({
  method: operational(str().describe("HTTP method of the sub-request.")),
  relative_url: relativeUrl(
    str().describe(
      "Path and query of the sub-request (`v24.0/<pixel-id>/events?...`): versions and ids; the engine reads it as a URL (structural detectors on path segments, the query as pairs).",
    ),
  ).optional(),
  // an addressing id (session 20; red team round 10, F17): later operations refer to it
  // (`{result=<name>:$.id}`), so it goes as written or the batch is refused, never edited
  name: addressingId(
    str().describe("Name the other operations refer to ({result=<name>:$.id}), as written or refused."),
  ).optional(),
  omit_response_on_success: operational(z.boolean().describe("Omit the response.")).optional(),
  body: formString(z.looseObject({}))
    .describe(
      "The sub-request's parameters as a form document, read with the body schema of the endpoint `relative_url` names (see the catalog's sub-request routes); any other endpoint's by the generic rules.",
    )
    .optional(),
});

/**
 * `POST /` Graph batch: `batch` is an array in a JSON body (facebook-nodejs-business-sdk's
 * `FacebookAdsApiBatch`) or JSON in a string (a form body, or a JSON body written so); each
 * sub-request's `body` is a form document (the SDK writes its values unencoded: `data=[{...}]`).
 */
export const facebookBatchBodySchema = z.looseObject({
  batch: z.union([z.array(batchItemSchema), jsonString(z.array(batchItemSchema))]),
  include_headers: operational(scalar().describe("Include response headers.")).optional(),
  access_token: operational(str().describe("Access token.")).optional(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).optional(),
});

/** The query of a batch call: the same parameters, each optional. */
export const facebookBatchQuerySchema = facebookBatchBodySchema.partial();

const CAPI_DOCS = "https://developers.facebook.com/docs/marketing-api/conversions-api/parameters";
const AUDIENCE_USERS_DOCS =
  "https://developers.facebook.com/docs/marketing-api/reference/custom-audience/users";

/** A Custom Audience users endpoint: JSON, form and query all carry the same parameters. */
function audienceUsers(id: string, method: "POST" | "DELETE", edge: "users" | "usersreplace") {
  return {
    id,
    recipient: "facebook",
    method,
    pathPattern: `/{version}/{custom-audience-id}/${edge}`,
    bodyFormat: "json",
    bodySchema: facebookCustomAudienceUsersSchema,
    querySchema: facebookCustomAudienceUsersQuerySchema,
    signature: "fb-appsecret-proof",
    docs: edge === "users" ? AUDIENCE_USERS_DOCS : `${AUDIENCE_USERS_DOCS}replace`,
  } as const;
}

/** The facebook recipient. */
export const FACEBOOK: VendorRecipient = {
  id: "facebook",
  vendor: "Meta Platforms",
  hosts: ["graph.facebook.com"],
  defaultUpstream: "https://graph.facebook.com",
  // the Graph API takes the token in the query, the body or `Authorization`, and needs no header
  // of its own (facebook-nodejs-business-sdk sends Accept, Content-Type, User-Agent)
  headers: {
    names: [],
    prefixes: [],
    docs: "https://developers.facebook.com/docs/graph-api/overview",
  },
  endpoints: [
    {
      id: "facebook.capi.events",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/{pixel-id}/events",
      bodyFormat: "json",
      bodySchema: facebookCapiJsonBodySchema,
      querySchema: facebookCapiQuerySchema,
      signature: "fb-appsecret-proof",
      docs: CAPI_DOCS,
    },
    {
      id: "facebook.capi.events-form",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/{pixel-id}/events",
      bodyFormat: "form",
      bodySchema: facebookCapiFormBodySchema,
      querySchema: facebookCapiQuerySchema,
      signature: "fb-appsecret-proof",
      docs: CAPI_DOCS,
    },
    {
      id: "facebook.app-events.activities",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/{app-id}/activities",
      bodyFormat: "form",
      bodySchema: facebookAppActivitiesBodySchema,
      querySchema: facebookAppActivitiesQuerySchema,
      signature: "fb-appsecret-proof",
      docs: "https://developers.facebook.com/docs/graph-api/reference/application/activities/",
    },
    audienceUsers("facebook.custom-audience.users", "POST", "users"),
    audienceUsers("facebook.custom-audience.users-delete", "DELETE", "users"),
    audienceUsers("facebook.custom-audience.usersreplace", "POST", "usersreplace"),
    {
      id: "facebook.graph.batch",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/",
      bodyFormat: "form",
      bodySchema: facebookBatchBodySchema,
      querySchema: facebookBatchQuerySchema,
      signature: "fb-appsecret-proof",
      docs: "https://developers.facebook.com/docs/graph-api/batch-requests",
      subRequests: { listField: "batch", methodField: "method", urlField: "relative_url", bodyField: "body" },
    },
  ],
};
