export {
  USCC_CHARSET,
  usccCheckChar,
  validateUscc,
  isValidUscc,
  makeUscc,
  type UsccIssue,
  type UsccResult,
} from "./uscc";
export {
  residentIdCheckChar,
  validateResidentId,
  makeResidentId,
  maskResidentId,
  maskName,
  type ResidentIdIssue,
  type ResidentIdResult,
} from "./resident-id";
