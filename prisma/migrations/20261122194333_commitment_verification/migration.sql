-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('SCHEDULED', 'PASSED', 'RECTIFYING', 'RECTIFIED', 'REVOKED');

-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "riskLevel" "RiskLevel" NOT NULL DEFAULT 'MEDIUM';

-- CreateTable
CREATE TABLE "CommitmentVerification" (
    "id" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "selection" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "VerificationStatus" NOT NULL DEFAULT 'SCHEDULED',
    "inspectorId" TEXT,
    "checkedAt" TIMESTAMP(3),
    "findings" TEXT,
    "evidenceFileName" TEXT,
    "evidenceKey" TEXT,
    "evidenceSha256" TEXT,
    "evidenceType" TEXT,
    "rectifyBy" DATE,
    "rectifiedAt" TIMESTAMP(3),
    "rectificationNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentVerification_licenceId_key" ON "CommitmentVerification"("licenceId");

-- CreateIndex
CREATE INDEX "CommitmentVerification_departmentId_status_dueOn_idx" ON "CommitmentVerification"("departmentId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "CommitmentVerification_status_rectifyBy_idx" ON "CommitmentVerification"("status", "rectifyBy");

-- CreateIndex
CREATE INDEX "CommitmentVerification_enterpriseId_idx" ON "CommitmentVerification"("enterpriseId");

-- AddForeignKey
ALTER TABLE "CommitmentVerification" ADD CONSTRAINT "CommitmentVerification_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentVerification" ADD CONSTRAINT "CommitmentVerification_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentVerification" ADD CONSTRAINT "CommitmentVerification_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentVerification" ADD CONSTRAINT "CommitmentVerification_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentVerification" ADD CONSTRAINT "CommitmentVerification_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
