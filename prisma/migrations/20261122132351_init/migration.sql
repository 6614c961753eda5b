-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ReformMode" AS ENUM ('CANCEL', 'FILING', 'COMMITMENT', 'OPTIMIZE');

-- CreateEnum
CREATE TYPE "ProcessingType" AS ENUM ('INSTANT', 'COMMITTED');

-- CreateEnum
CREATE TYPE "AdminLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "MatterKind" AS ENUM ('REGISTRATION', 'PERMIT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'WINDOW_OFFICER', 'DEPT_OFFICER', 'REGULATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "FieldTopic" AS ENUM ('SUBJECT', 'PREMISES', 'PERSONNEL', 'FACILITIES', 'BUSINESS');

-- CreateEnum
CREATE TYPE "FieldType" AS ENUM ('TEXT', 'TEXTAREA', 'NUMBER', 'DATE', 'SELECT', 'MULTISELECT', 'BOOLEAN', 'PHONE', 'ID_NUMBER', 'USCC');

-- CreateEnum
CREATE TYPE "GuidanceQuestionType" AS ENUM ('SINGLE', 'MULTIPLE', 'BOOLEAN', 'NUMBER');

-- CreateEnum
CREATE TYPE "EnterpriseStatus" AS ENUM ('ACTIVE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DECIDED', 'ISSUED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ApplicationItemStatus" AS ENUM ('PENDING', 'FILED', 'NOT_REQUIRED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'ISSUED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('PENDING', 'IN_REVIEW', 'CORRECTION_REQUESTED', 'ONSITE_CHECK', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PendingMaterialStatus" AS ENUM ('OPEN', 'SUPPLEMENTED', 'OVERDUE');

-- CreateEnum
CREATE TYPE "LicenceKind" AS ENUM ('BUSINESS', 'PERMIT', 'FILING_RECEIPT');

-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'CANCELLED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "CreditRecordType" AS ENUM ('FALSE_COMMITMENT', 'PENALTY', 'FAILED_INSPECTION', 'OVERDUE_SUPPLEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CreditSeverity" AS ENUM ('MINOR', 'GENERAL', 'SERIOUS');

-- CreateEnum
CREATE TYPE "RepairStatus" AS ENUM ('NONE', 'REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "InspectionResult" AS ENUM ('PENDING', 'PASSED', 'FAILED', 'RECTIFY');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Matter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MatterKind" NOT NULL DEFAULT 'PERMIT',
    "legalBasis" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "industry" TEXT NOT NULL,
    "reformMode" "ReformMode" NOT NULL,
    "reformMeasures" TEXT NOT NULL,
    "supervisionMeasures" TEXT NOT NULL,
    "conditions" TEXT NOT NULL DEFAULT '',
    "fees" TEXT NOT NULL DEFAULT '不收费',
    "statutoryDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "processingType" "ProcessingType" NOT NULL,
    "rolloutBatch" INTEGER,
    "liveDate" DATE,
    "validityYears" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "catalogVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Matter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialRequirement" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "documentKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "waivableByCommitment" BOOLEAN NOT NULL DEFAULT false,
    "mayBePending" BOOLEAN NOT NULL DEFAULT false,
    "heldByGovernment" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MaterialRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldDefinition" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "topic" "FieldTopic" NOT NULL,
    "type" "FieldType" NOT NULL,
    "options" JSONB,
    "prefillSource" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FieldDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatterField" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "formLabel" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MatterField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessScopeTerm" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "isLicensed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BusinessScopeTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessScopeTermMatter" (
    "termId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,

    CONSTRAINT "BusinessScopeTermMatter_pkey" PRIMARY KEY ("termId","matterId")
);

-- CreateTable
CREATE TABLE "GuidanceQuestion" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "helpText" TEXT NOT NULL DEFAULT '',
    "type" "GuidanceQuestionType" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "showIf" JSONB,

    CONSTRAINT "GuidanceQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GuidanceOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceRule" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "condition" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "GuidanceRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "registeredCapital" DECIMAL(18,2),
    "address" TEXT NOT NULL,
    "legalRepName" TEXT NOT NULL,
    "legalRepIdNumber" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "businessScope" TEXT NOT NULL DEFAULT '',
    "industry" TEXT NOT NULL DEFAULT '',
    "status" "EnterpriseStatus" NOT NULL DEFAULT 'ACTIVE',
    "establishedAt" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "enterpriseId" TEXT,
    "departmentId" TEXT,
    "isDepartmentHead" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "registration" JSONB,
    "formData" JSONB NOT NULL DEFAULT '{}',
    "fieldsBaseline" INTEGER NOT NULL DEFAULT 0,
    "fieldsTyped" INTEGER NOT NULL DEFAULT 0,
    "materialsBaseline" INTEGER NOT NULL DEFAULT 0,
    "materialsSubmitted" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationItem" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "taskId" TEXT,
    "status" "ApplicationItemStatus" NOT NULL DEFAULT 'PENDING',
    "useCommitment" BOOLEAN NOT NULL DEFAULT false,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,

    CONSTRAINT "ApplicationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalTask" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'PENDING',
    "dispatchedAt" TIMESTAMP(3) NOT NULL,
    "statutoryDueAt" TIMESTAMP(3) NOT NULL,
    "promisedDueAt" TIMESTAMP(3) NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "pausedSince" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApprovalTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "applicationItemId" TEXT NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "textVersion" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "verificationNote" TEXT,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Material" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "documentKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingMaterial" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "PendingMaterialStatus" NOT NULL DEFAULT 'OPEN',
    "supplementedMaterialId" TEXT,
    "supplementedAt" TIMESTAMP(3),

    CONSTRAINT "PendingMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "LicenceKind" NOT NULL,
    "status" "LicenceStatus" NOT NULL DEFAULT 'VALID',
    "statusReason" TEXT,
    "enterpriseId" TEXT NOT NULL,
    "matterId" TEXT,
    "applicationItemId" TEXT,
    "holderName" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "issuedByDepartmentId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "payload" JSONB,
    "signature" TEXT,
    "keyId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersedesId" TEXT,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditRecord" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "type" "CreditRecordType" NOT NULL,
    "severity" "CreditSeverity" NOT NULL,
    "source" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "repairStatus" "RepairStatus" NOT NULL DEFAULT 'NONE',
    "repairedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "drawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "planId" TEXT,
    "enterpriseId" TEXT NOT NULL,
    "inspectorId" TEXT,
    "result" "InspectionResult" NOT NULL DEFAULT 'PENDING',
    "findings" TEXT NOT NULL DEFAULT '',
    "scheduledAt" TIMESTAMP(3),
    "inspectedAt" TIMESTAMP(3),
    "rectifyDeadline" TIMESTAMP(3),
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceReview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "departmentId" TEXT,
    "userId" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "efficiency" INTEGER NOT NULL,
    "guideAccuracy" INTEGER NOT NULL,
    "convenience" INTEGER NOT NULL,
    "usability" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "HolidayKind" NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_code_key" ON "Matter"("code");

-- CreateIndex
CREATE INDEX "Matter_reformMode_idx" ON "Matter"("reformMode");

-- CreateIndex
CREATE INDEX "Matter_departmentId_idx" ON "Matter"("departmentId");

-- CreateIndex
CREATE INDEX "Matter_kind_reformMode_idx" ON "Matter"("kind", "reformMode");

-- CreateIndex
CREATE INDEX "MaterialRequirement_documentKey_idx" ON "MaterialRequirement"("documentKey");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialRequirement_matterId_documentKey_key" ON "MaterialRequirement"("matterId", "documentKey");

-- CreateIndex
CREATE UNIQUE INDEX "FieldDefinition_key_key" ON "FieldDefinition"("key");

-- CreateIndex
CREATE INDEX "MatterField_fieldKey_idx" ON "MatterField"("fieldKey");

-- CreateIndex
CREATE UNIQUE INDEX "MatterField_matterId_fieldKey_key" ON "MatterField"("matterId", "fieldKey");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessScopeTerm_code_key" ON "BusinessScopeTerm"("code");

-- CreateIndex
CREATE INDEX "BusinessScopeTerm_name_idx" ON "BusinessScopeTerm"("name");

-- CreateIndex
CREATE INDEX "BusinessScopeTermMatter_matterId_idx" ON "BusinessScopeTermMatter"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceQuestion_code_key" ON "GuidanceQuestion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceOption_questionId_code_key" ON "GuidanceOption"("questionId", "code");

-- CreateIndex
CREATE INDEX "GuidanceRule_matterId_idx" ON "GuidanceRule"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_uscc_key" ON "Enterprise"("uscc");

-- CreateIndex
CREATE INDEX "Enterprise_name_idx" ON "Enterprise"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE INDEX "User_enterpriseId_idx" ON "User"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_idempotencyKey_key" ON "Application"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Application_status_submittedAt_idx" ON "Application"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_enterpriseId_idx" ON "Application"("enterpriseId");

-- CreateIndex
CREATE INDEX "ApplicationItem_matterId_idx" ON "ApplicationItem"("matterId");

-- CreateIndex
CREATE INDEX "ApplicationItem_taskId_idx" ON "ApplicationItem"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationItem_applicationId_matterId_key" ON "ApplicationItem"("applicationId", "matterId");

-- CreateIndex
CREATE INDEX "ApprovalTask_departmentId_status_idx" ON "ApprovalTask"("departmentId", "status");

-- CreateIndex
CREATE INDEX "ApprovalTask_status_promisedDueAt_idx" ON "ApprovalTask"("status", "promisedDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalTask_applicationId_departmentId_key" ON "ApprovalTask"("applicationId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_applicationItemId_key" ON "Commitment"("applicationItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Material_applicationId_documentKey_key" ON "Material"("applicationId", "documentKey");

-- CreateIndex
CREATE INDEX "PendingMaterial_status_deadline_idx" ON "PendingMaterial"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "PendingMaterial_applicationId_requirementId_key" ON "PendingMaterial"("applicationId", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_number_key" ON "Licence"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_supersedesId_key" ON "Licence"("supersedesId");

-- CreateIndex
CREATE INDEX "Licence_enterpriseId_status_idx" ON "Licence"("enterpriseId", "status");

-- CreateIndex
CREATE INDEX "Licence_matterId_idx" ON "Licence"("matterId");

-- CreateIndex
CREATE INDEX "CreditRecord_enterpriseId_occurredAt_idx" ON "CreditRecord"("enterpriseId", "occurredAt");

-- CreateIndex
CREATE INDEX "Inspection_enterpriseId_idx" ON "Inspection"("enterpriseId");

-- CreateIndex
CREATE INDEX "Inspection_planId_idx" ON "Inspection"("planId");

-- CreateIndex
CREATE INDEX "ServiceReview_departmentId_createdAt_idx" ON "ServiceReview"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialRequirement" ADD CONSTRAINT "MaterialRequirement_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterField" ADD CONSTRAINT "MatterField_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterField" ADD CONSTRAINT "MatterField_fieldKey_fkey" FOREIGN KEY ("fieldKey") REFERENCES "FieldDefinition"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessScopeTermMatter" ADD CONSTRAINT "BusinessScopeTermMatter_termId_fkey" FOREIGN KEY ("termId") REFERENCES "BusinessScopeTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessScopeTermMatter" ADD CONSTRAINT "BusinessScopeTermMatter_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceOption" ADD CONSTRAINT "GuidanceOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "GuidanceQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceRule" ADD CONSTRAINT "GuidanceRule_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationItem" ADD CONSTRAINT "ApplicationItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationItem" ADD CONSTRAINT "ApplicationItem_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationItem" ADD CONSTRAINT "ApplicationItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ApprovalTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalTask" ADD CONSTRAINT "ApprovalTask_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalTask" ADD CONSTRAINT "ApprovalTask_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalTask" ADD CONSTRAINT "ApprovalTask_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_applicationItemId_fkey" FOREIGN KEY ("applicationItemId") REFERENCES "ApplicationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingMaterial" ADD CONSTRAINT "PendingMaterial_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingMaterial" ADD CONSTRAINT "PendingMaterial_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "MaterialRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingMaterial" ADD CONSTRAINT "PendingMaterial_supplementedMaterialId_fkey" FOREIGN KEY ("supplementedMaterialId") REFERENCES "Material"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_applicationItemId_fkey" FOREIGN KEY ("applicationItemId") REFERENCES "ApplicationItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_issuedByDepartmentId_fkey" FOREIGN KEY ("issuedByDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Licence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditRecord" ADD CONSTRAINT "CreditRecord_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceReview" ADD CONSTRAINT "ServiceReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceReview" ADD CONSTRAINT "ServiceReview_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceReview" ADD CONSTRAINT "ServiceReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
