/**
 * @kago/personal-data: the policy's categories as a taxonomy, validated value types for each kind
 * of personal data, category tags on zod schema fields, type-level permission filtering, and span
 * finders for personal data inside free text.
 */

export {
  ancestorsOf,
  categoryTree,
  descendantsOf,
  isCategoryKey,
  isWithin,
  parentOf,
} from "./category-tree.js";
export type {
  AncestorsOf,
  CategoryBrand,
  CategoryOf,
  categoryBrand,
  DescendantsOf,
  IsPermitted,
  PermittedPayload,
  Tagged,
} from "./category-types.js";
export { collectFieldTags, type FieldTag } from "./field-tags.js";
export {
  appendBase64,
  appendElement,
  appendForm,
  appendHex,
  appendJson,
  appendKey,
  appendPosition,
  appendRecordValue,
  formatPathTemplate,
  type ParsePathTemplateOptions,
  type PathSegment,
  parsePathTemplate,
} from "./path-template.js";
export {
  type FieldTagMeta,
  fieldTagRegistry,
  jsonString,
  operational,
  personal,
  type SchemaTag,
  type TaggedSchema,
  tagOf,
} from "./tagging.js";
export { CATEGORY_KEYS, type CategoryEntry, type CategoryKey, TAXONOMY } from "./taxonomy.js";
export { VERSION_LABEL } from "./text/address-spans.js";
export { isCountUnitAt } from "./text/count-units.js";
export { findInText } from "./text/find-in-text.js";
export { digitView } from "./text/numeral-fold.js";
export { isNumeralCode, NUMERAL_CLASS } from "./text/numerals.js";
export {
  HAS_AT,
  HAS_COLON,
  HAS_DIGIT,
  HAS_DOT,
  HAS_EQUALS,
  HAS_LOOSE_DIGITS,
  HAS_LT,
  HAS_NUMERAL,
  HAS_PERCENT,
  HAS_PLUS,
  HAS_QUOTE,
  HAS_TOKEN_RUN,
  HAS_VARIANT,
  hasLetterTokenRun,
  ONLY_TOKEN_CHARS,
  RUN_MAC_DOTTED,
  RUN_MAC_SEPARATED,
  RUN_NUMBER,
  TOKEN_RUN,
  textProfile,
} from "./text/prefilter.js";
export type { TextCategory, TextSpan } from "./text/text-span.js";
export { type FoldedText, foldTypography, isTypographicVariant } from "./text/typographic-fold.js";
export { isClabe, isRussianAccount } from "./values/bank-accounts.js";
export {
  birthdaySchema,
  type CalendarDate,
  isBirthday,
  isRealDate,
  parseBirthday,
} from "./values/birthday.js";
export { allDigits, isDigitCode } from "./values/chars.js";
export {
  CONNECTION_TYPES,
  type ConnectionType,
  connectionTypeSchema,
  isConnectionType,
} from "./values/connection-type.js";
export {
  coordinatePairSchema,
  isCoordinateList,
  isCoordinatePair,
  isSeparatedCoordinatePair,
} from "./values/coordinates.js";
export {
  androidIdSchema,
  gaidSchema,
  guidSchema,
  idfaSchema,
  idfvSchema,
  isAndroidId,
  isGuid,
  isOaid,
  isOpenUdid,
  oaidSchema,
  openUdidSchema,
} from "./values/device-identifiers.js";
export { deviceSerialSchema, isDeviceSerial } from "./values/device-serial.js";
export { emailSchema, isEmail } from "./values/email.js";
export {
  type HexDigestAlgorithm,
  hexDigestAlgorithm,
  isMd5Hex,
  isSha1Hex,
  isSha256Hex,
  md5HexSchema,
  sha1HexSchema,
  sha256HexSchema,
} from "./values/hex-digest.js";
export { ibanSchema, isIban, isIbanAt } from "./values/iban.js";
export { imeiSchema, isImei } from "./values/imei.js";
export { imsiSchema, isImsi } from "./values/imsi.js";
export { ipv4Schema, isIpv4 } from "./values/ipv4.js";
export { ipAddressSchema, ipv6Schema, isIpAddress, isIpv6 } from "./values/ipv6.js";
export { luhnCheckDigit } from "./values/luhn.js";
export { bssidSchema, isMac, macSchema } from "./values/mac.js";
export { fbcSchema, fbpSchema, isFbc, isFbp } from "./values/meta-cookie.js";
export {
  isBrazilianRg,
  isCpf,
  isCurp,
  isEmiratesId,
  isIndianPan,
  isIndonesianNik,
  isKoreanResidentNumber,
  isMalaysianIc,
  isMyNumber,
  isRussianInn,
  isSaudiId,
  isSnils,
  isSteuerId,
  isThaiId,
  isTurkishId,
  isVietnameseCitizenId,
} from "./values/national-ids.js";
export { isPlmnId, plmnIdSchema } from "./values/operator.js";
export {
  groupedPaymentCardEnd,
  isGroupedPaymentCardAt,
  isPaymentCard,
  paymentCardSchema,
} from "./values/payment-card.js";
export { isPhone, phoneSchema } from "./values/phone.js";
export { isPlaceholderValue } from "./values/placeholder.js";
export {
  hongKongIdSchema,
  isAadhaar,
  isHongKongId,
  isSpanishId,
  isTaiwanId,
  taiwanIdSchema,
} from "./values/regional-ids.js";
export { isResidentId, isResidentIdAt, residentIdSchema } from "./values/resident-id.js";
export { isUuid, uuidFormSchema } from "./values/uuid.js";
export { isSsid, ssidSchema } from "./values/wifi.js";
