/**
 * The personal-data taxonomy of Kago's privacy policy, kept as data.
 *
 * Keys are dotted paths (`device.identifier.imei`): a key's parent is the key without its last
 * segment, and granting a parent grants every descendant. Each entry quotes the sentence of the
 * source policy (`privacy-policy.txt`) it comes from; `source` is `null` only for categories the
 * policy does not name but that are personal data all the same (contact data, identity numbers,
 * payment cards, precise location).
 */

/** One category of personal data. */
export interface CategoryEntry {
  /** Dotted key, e.g. `network.ip_address`. */
  readonly key: string;
  /** The parent's key, or `null` for a top-level category. */
  readonly parent: string | null;
  /** A short human label. */
  readonly label: string;
  /** What values of this category look like, for people reading a policy or a report. */
  readonly description: string;
  /**
   * The passage of the source policy this category comes from, quoted verbatim (compared with
   * runs of white space folded to one space), or `null` when the policy does not name it.
   */
  readonly source: string | null;
}

const REGISTER =
  "When you register a Kago community account, we will ask for your name, birthday, gender and personal introduction, and will also access your photo album and device information.";
const IDENTIFY =
  "Once you are successfully registered with the Kago community, we will be able to identify you when you log in to the server.";
const DEVICE_IDS =
  "including device identification codes (such as OAID, IMSI, SN, IMEI, Android ID, IDFA, IDFV, OPENUDID, GUID, MAC address)";
const DEVICE_ATTRS = "device model, resolution, language, country, software version information";
const NETWORK_INFO =
  "network information (such as IP address, SSID, BSSID, operator information, networking method)";
const LOG_INFO = "log information (such as click records, operation logs, usage and interaction records)";
const DEVICE_INFO =
  "When you use our services, we will collect your device and specific technical data information";
const SERVER_LOGS =
  "The Kago community automatically receives and records the information on your browser and server logs, including your IP address, information in the Kago community cookies and your browsing history.";
const GAID = "We obtain a user's GAID for the purpose of analyzing user behavior and fraud prevention.";
const ZEGO_ROW =
  "Types of data collected by the SDK: network status, read storage space, microphone, photo album";
const TENCENT_ROW =
  "Types of data collected by the SDK: network status, read storage space, camera, microphone, photo album";

const entries = [
  ["account", null, "Account", "The user's Kago account: its identifier and its profile.", IDENTIFY],
  [
    "account.id",
    "account",
    "Account identifier",
    "The opaque id Kago knows a user by (e.g. kago_30417); a vendor that delivers messages addresses users by it.",
    IDENTIFY,
  ],
  [
    "account.credential",
    "account",
    "Account credentials",
    "A user name and password for a service as a URL carries them (https://user:password@host), at Kago or anywhere else. The policy does not name them; no recipient may get them.",
    null,
  ],
  ["account.profile", "account", "Account profile", "What the user enters when registering.", REGISTER],
  ["account.profile.name", "account.profile", "Name", "Real name, first or last name.", REGISTER],
  ["account.profile.nickname", "account.profile", "Nickname", "Display or screen name.", REGISTER],
  ["account.profile.birthday", "account.profile", "Birthday", "Date of birth, in any spelling.", REGISTER],
  ["account.profile.gender", "account.profile", "Gender", "Gender or sex.", REGISTER],
  [
    "account.profile.introduction",
    "account.profile",
    "Personal introduction",
    "Free-text self description (bio, signature).",
    REGISTER,
  ],
  [
    "contact",
    null,
    "Contact data",
    "Ways to reach the user. The policy does not name them; they are personal data no recipient may get.",
    null,
  ],
  ["contact.email", "contact", "E-mail address", "An e-mail address, or a hash of one.", null],
  ["contact.phone", "contact", "Phone number", "A phone number in any format, or a hash of one.", null],
  [
    "contact.address",
    "contact",
    "Postal address",
    "Street, city, state or postal code of the user (not the device's country setting).",
    null,
  ],
  [
    "contact.messenger",
    "contact",
    "Messenger account",
    "An account the user can be reached and messaged at: a WeChat ID, a QQ number, a WhatsApp, Telegram, LINE, KakaoTalk or Skype handle, or a social network's handle (Douyin, Kuaishou, Xiaohongshu, Weibo, Instagram, TikTok, Snapchat, X/Twitter).",
    null,
  ],
  ["media", null, "Media permissions", "Content reached through the app's media permissions.", TENCENT_ROW],
  [
    "media.photo_album",
    "media",
    "Photo album",
    "Pictures and their metadata from the user's photo album.",
    ZEGO_ROW,
  ],
  ["media.camera", "media", "Camera", "Camera frames or captures.", TENCENT_ROW],
  ["media.microphone", "media", "Microphone", "Microphone audio.", ZEGO_ROW],
  ["storage", null, "Storage space", "Read storage space: free and total storage of the device.", ZEGO_ROW],
  ["device", null, "Device information", "The device and its technical data.", DEVICE_INFO],
  [
    "device.identifier",
    "device",
    "Device identification codes",
    "Identifiers of a device or SIM.",
    DEVICE_IDS,
  ],
  [
    "device.identifier.oaid",
    "device.identifier",
    "OAID",
    "Open Anonymous Device Identifier (China).",
    DEVICE_IDS,
  ],
  [
    "device.identifier.imsi",
    "device.identifier",
    "IMSI",
    "International Mobile Subscriber Identity.",
    DEVICE_IDS,
  ],
  [
    "device.identifier.sn",
    "device.identifier",
    "Serial number",
    "The device's hardware serial number.",
    DEVICE_IDS,
  ],
  [
    "device.identifier.imei",
    "device.identifier",
    "IMEI",
    "International Mobile Equipment Identity (15 digits, Luhn).",
    DEVICE_IDS,
  ],
  [
    "device.identifier.android_id",
    "device.identifier",
    "Android ID",
    "Settings.Secure.ANDROID_ID.",
    DEVICE_IDS,
  ],
  ["device.identifier.idfa", "device.identifier", "IDFA", "Apple's identifier for advertisers.", DEVICE_IDS],
  ["device.identifier.idfv", "device.identifier", "IDFV", "Apple's identifier for vendors.", DEVICE_IDS],
  [
    "device.identifier.openudid",
    "device.identifier",
    "OpenUDID",
    "The OpenUDID open-source device id.",
    DEVICE_IDS,
  ],
  [
    "device.identifier.guid",
    "device.identifier",
    "GUID",
    "A device GUID issued by an app or SDK.",
    DEVICE_IDS,
  ],
  [
    "device.identifier.mac",
    "device.identifier",
    "MAC address",
    "The device's network hardware address.",
    DEVICE_IDS,
  ],
  [
    "device.attribute",
    "device",
    "Device attributes",
    "Descriptive technical data of the device.",
    DEVICE_ATTRS,
  ],
  [
    "device.attribute.model",
    "device.attribute",
    "Device model",
    "Manufacturer and model name.",
    DEVICE_ATTRS,
  ],
  [
    "device.attribute.resolution",
    "device.attribute",
    "Resolution",
    "Screen resolution or density.",
    DEVICE_ATTRS,
  ],
  [
    "device.attribute.language",
    "device.attribute",
    "Language",
    "The device's language or locale.",
    DEVICE_ATTRS,
  ],
  [
    "device.attribute.country",
    "device.attribute",
    "Country",
    "The device's country or region setting.",
    DEVICE_ATTRS,
  ],
  [
    "device.attribute.software_version",
    "device.attribute",
    "Software version",
    "OS and app versions, and a User-Agent string, which is made of them and of the model.",
    DEVICE_ATTRS,
  ],
  [
    "advertising_id",
    null,
    "Advertising identifier",
    "Identifiers for advertising that the policy names on their own.",
    GAID,
  ],
  ["advertising_id.gaid", "advertising_id", "GAID", "Google advertising id (a UUID).", GAID],
  [
    "network",
    null,
    "Network information",
    "The device's network: addresses, Wi-Fi names, carrier and connection.",
    NETWORK_INFO,
  ],
  ["network.ip_address", "network", "IP address", "IPv4 or IPv6 address of the user's device.", NETWORK_INFO],
  ["network.ssid", "network", "SSID", "The name of the Wi-Fi network.", NETWORK_INFO],
  ["network.bssid", "network", "BSSID", "The MAC address of the Wi-Fi access point.", NETWORK_INFO],
  ["network.operator", "network", "Operator", "The mobile carrier or ISP (name, MCC/MNC).", NETWORK_INFO],
  [
    "network.status",
    "network",
    "Network status",
    "Connection type (wifi, 4g, ...) and online state: the policy's 'networking method'.",
    ZEGO_ROW,
  ],
  ["log", null, "Log information", "Records of what the user did in the app.", LOG_INFO],
  ["log.click", "log", "Click records", "Which element the user clicked or tapped.", LOG_INFO],
  ["log.operation", "log", "Operation logs", "Operations the user performed (events, actions).", LOG_INFO],
  [
    "log.usage",
    "log",
    "Usage and interaction records",
    "Usage durations, sessions and interactions.",
    LOG_INFO,
  ],
  [
    "identity",
    null,
    "Identity documents",
    "Numbers of the user's government identity documents. The policy does not name them; they are personal data no recipient may get.",
    null,
  ],
  [
    "identity.national_id",
    "identity",
    "National identity number",
    "A government identity number, such as a Chinese resident identity card number (18 characters, checksummed), or a hash of one.",
    null,
  ],
  [
    "identity.passport",
    "identity",
    "Passport number",
    "The number of a passport or another travel document (letters and digits, no checksum), or a hash of one.",
    null,
  ],
  [
    "financial",
    null,
    "Financial data",
    "The user's means of payment. The policy does not name them; they are personal data no recipient may get.",
    null,
  ],
  [
    "financial.payment_card",
    "financial",
    "Payment card number",
    "The number on a credit, debit or prepaid card (13-19 digits, Luhn-checked, a card network's prefix), or a hash of one.",
    null,
  ],
  [
    "financial.bank_account",
    "financial",
    "Bank account number",
    "An IBAN (checksummed) or another bank account number, or a hash of one.",
    null,
  ],
  [
    "location",
    null,
    "Location",
    "Where the user is. The policy does not name it (its 'country' is a device setting); it is personal data no recipient may get.",
    null,
  ],
  [
    "location.coordinates",
    "location",
    "Precise location",
    "Latitude and longitude from GPS, Wi-Fi or cell positioning, as numbers, a pair or a geo: URI.",
    null,
  ],
  [
    "cookie",
    null,
    "Cookies",
    "Cookie values: Kago's own and third parties' (e.g. Meta's _fbp, fbc).",
    SERVER_LOGS,
  ],
  ["browsing_history", null, "Browsing history", "Visited URLs and referrers.", SERVER_LOGS],
] as const satisfies ReadonlyArray<readonly [string, string | null, string, string, string | null]>;

/** Every category key, as a union type. */
export type CategoryKey = (typeof entries)[number][0];

/** Every category key, in taxonomy order (parents before children). */
export const CATEGORY_KEYS: readonly CategoryKey[] = entries.map((e) => e[0]);

/** The taxonomy: category key to entry. */
export const TAXONOMY: Readonly<Record<CategoryKey, CategoryEntry>> = Object.fromEntries(
  entries.map(([key, parent, label, description, source]) => [
    key,
    { key, parent, label, description, source },
  ]),
) as Record<CategoryKey, CategoryEntry>;
