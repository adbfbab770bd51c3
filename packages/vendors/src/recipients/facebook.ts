/**
 * Meta (facebook): Conversions API, App Events and Graph batch requests on graph.facebook.com.
 * Field meanings from Meta's Conversions API parameter reference (customer information, custom data,
 * app data) and the `ExtendedDeviceInfo` class of facebook-nodejs-business-sdk (extinfo positions).
 */
import { z } from "zod";
import { formString, freeText, jsonString, operational, personal, relativeUrl } from "../schema/tags.js";
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

/** Conversions API `custom_data`: standard fields; anything else is for the engine's generic rules. */
export const facebookCustomDataSchema = z.looseObject({
  value: operational(z.union([z.number(), z.string()]).describe("Monetary value.")).optional(),
  net_revenue: operational(z.union([z.number(), z.string()]).describe("Net revenue.")).optional(),
  item_number: operational(str().describe("Item number.")).optional(),
  currency: operational(str().describe("ISO 4217 currency.")).optional(),
  content_name: operational(str().describe("Name of the product or page.")).optional(),
  content_category: operational(str().describe("Category of the product or page.")).optional(),
  content_ids: operational(z.array(scalar()).describe("Product ids.")).optional(),
  contents: operational(
    z.array(z.looseObject({})).describe("Products: id, quantity, item_price."),
  ).optional(),
  content_type: operational(str().describe("product or product_group.")).optional(),
  order_id: operational(str().describe("Order id.")).optional(),
  predicted_ltv: operational(
    z.union([z.number(), z.string()]).describe("Predicted lifetime value."),
  ).optional(),
  num_items: operational(z.union([z.number(), z.string()]).describe("Number of items.")).optional(),
  status: operational(str().describe("Registration or subscription status.")).optional(),
  delivery_category: operational(str().describe("Delivery type.")).optional(),
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
  attribution_data: operational(
    z.looseObject({}).describe("Ad attribution (ids, model, weights)."),
  ).optional(),
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

/** `POST /{version}/{pixel-id}/events` with a JSON body. */
export const facebookCapiJsonBodySchema = z.looseObject({
  data: z.array(facebookServerEventSchema).describe("The events."),
  ...capiEnvelope,
});

/** `POST /{version}/{pixel-id}/events` with a form body whose `data` field holds the events as JSON. */
export const facebookCapiFormBodySchema = z.looseObject({
  data: jsonString(z.array(facebookServerEventSchema)).describe("The events, as JSON."),
  ...capiEnvelope,
});

/** Graph query parameters every call may carry. */
export const facebookGraphQuerySchema = z.looseObject({
  access_token: operational(str().describe("Graph API access token.")).optional(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).optional(),
});

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
  extinfo: jsonString(facebookExtinfoSchema).optional(),
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

/** `POST /` Graph batch: `batch` is JSON, each sub-request's `body` is form-encoded. */
export const facebookBatchBodySchema = z.looseObject({
  batch: jsonString(
    z.array(
      z.looseObject({
        method: operational(str().describe("HTTP method of the sub-request.")),
        relative_url: relativeUrl(
          str().describe(
            "Path and query of the sub-request (`v24.0/<pixel-id>/events?...`): versions and ids; the engine reads it as a URL (structural detectors on path segments, the query as pairs).",
          ),
        ).optional(),
        name: operational(str().describe("Name for JSONPath references.")).optional(),
        omit_response_on_success: operational(z.boolean().describe("Omit the response.")).optional(),
        body: formString(facebookCapiFormBodySchema).optional(),
      }),
    ),
  ),
  include_headers: operational(scalar().describe("Include response headers.")).optional(),
  access_token: operational(str().describe("Access token.")).optional(),
  appsecret_proof: operational(str().describe("HMAC-SHA256(access_token, app secret).")).optional(),
});

const CAPI_DOCS = "https://developers.facebook.com/docs/marketing-api/conversions-api/parameters";

/** The facebook recipient. */
export const FACEBOOK: VendorRecipient = {
  id: "facebook",
  vendor: "Meta Platforms",
  hosts: ["graph.facebook.com"],
  defaultUpstream: "https://graph.facebook.com",
  endpoints: [
    {
      id: "facebook.capi.events",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/{pixel-id}/events",
      bodyFormat: "json",
      bodySchema: facebookCapiJsonBodySchema,
      querySchema: facebookGraphQuerySchema,
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
      querySchema: facebookGraphQuerySchema,
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
      querySchema: facebookGraphQuerySchema,
      signature: "fb-appsecret-proof",
      docs: "https://developers.facebook.com/docs/graph-api/reference/application/activities/",
    },
    {
      id: "facebook.graph.batch",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/{version}/",
      bodyFormat: "form",
      bodySchema: facebookBatchBodySchema,
      querySchema: facebookGraphQuerySchema,
      signature: "fb-appsecret-proof",
      docs: "https://developers.facebook.com/docs/graph-api/batch-requests",
    },
  ],
};
