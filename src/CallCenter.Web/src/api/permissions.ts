// The permission constants, generated from the Host's OpenAPI document (scripts/generate-api.mjs).
export { Permissions } from './generated/permissions';
