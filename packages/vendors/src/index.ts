/**
 * @kago/vendors: the four recipients' hosts, endpoints and payload schemas (tagged with personal-data
 * categories), the SLS wire codecs, and the signature detectors and re-signers.
 */
export { type ActionReading, readAction } from "./action-parameter.js";
export {
  compileEndpoint,
  compilePathPattern,
  createVendorCatalog,
  matchEndpoint,
  VENDOR_CATALOG,
  VENDOR_RECIPIENTS,
  type VendorCatalog,
} from "./catalog.js";
export { VendorCodecError, type VendorCodecErrorCode } from "./codecs/codec-error.js";
export { lz4CompressBlock, lz4DecompressBlock } from "./codecs/lz4-block.js";
export {
  compressSlsBody,
  type DecodedSlsBody,
  type DecompressedSlsBody,
  decodeSlsBody,
  decompressSlsBody,
  type EncodedSlsBody,
  encodeSlsBody,
  parseSlsCompression,
  type SlsBodyHeaders,
  type SlsCompression,
  type SlsDecodeOptions,
} from "./codecs/sls-body.js";
export {
  decodeLogGroup,
  encodeLogGroup,
  type SlsKeyValue,
  type SlsLog,
  type SlsLogGroup,
} from "./codecs/sls-protobuf.js";
export { describeCatalogMarkdown } from "./describe-catalog.js";
export { matchingPath, spelledPathSource } from "./path-spelling.js";
export * from "./recipients/aliyun.js";
export * from "./recipients/facebook.js";
export * from "./recipients/tencent.js";
export * from "./recipients/tencent-groups.js";
export * from "./recipients/zego.js";
export {
  type AddressingKeys,
  type UnknownEndpointFields,
  unknownEndpointFields,
  withAddressingKeys,
} from "./schema/addressing-keys.js";
export {
  appendForm,
  appendPosition,
  type ColumnField,
  compileFieldMap,
  conditionText,
  EMPTY_FIELD_MAP,
  type EncodedField,
  type FieldCategory,
  type FieldCondition,
  type FieldMap,
  type FieldMark,
  type StringEncoding,
} from "./schema/field-map.js";
export {
  addressingId,
  type ColumnNames,
  formString,
  freeText,
  jsonString,
  namedColumns,
  operational,
  personal,
  relativeUrl,
  type VendorTagMeta,
  vendorTagRegistry,
} from "./schema/tags.js";
export {
  CREDENTIAL_ENV_VARS,
  credentialsFromEnv,
  type VendorCredentials,
  vendorCredentialsSchema,
} from "./signatures/credentials.js";
export { detectSignature, type SignatureDetection } from "./signatures/detect-signature.js";
export { type SignableRequest, SignatureError } from "./signatures/signable-request.js";
export {
  type ResignSlsOptions,
  resignSls,
  type SlsCredentials,
  slsAuthorization,
  slsContentMd5,
  slsStringToSign,
  verifySls,
} from "./signatures/sls-signature.js";
export {
  parseSlsV4Authorization,
  resignSlsV4,
  type SlsV4Authorization,
  type SlsV4Scope,
  slsContentSha256,
  slsV4Authorization,
  slsV4CanonicalRequest,
  verifySlsV4,
} from "./signatures/sls-v4-signature.js";
export {
  resignTcV1,
  type TcV1Credentials,
  type TcV1Request,
  tcV1StringToSign,
  verifyTcV1,
} from "./signatures/tc-v1-signature.js";
export {
  parseTc3Authorization,
  type ResignTc3Options,
  resignTc3,
  type Tc3Authorization,
  type Tc3Credentials,
  tc3CanonicalRequest,
  verifyTc3,
} from "./signatures/tc3-signature.js";
export {
  type BatchRequest,
  compileRelativeUrlPattern,
  readSubRequests,
  subRequestRoutes,
  withSubRequestRoutes,
} from "./sub-requests.js";
export type {
  BodyFormat,
  EndpointRequest,
  KeyValueList,
  RecipientHeaders,
  RecipientId,
  SignatureScheme,
  SubRequestRoute,
  SubRequestSpec,
  SubRequests,
  VendorEndpoint,
  VendorEndpointSpec,
  VendorRecipient,
} from "./types.js";
