-- CreateEnum
CREATE TYPE "VersionSource" AS ENUM ('SEED', 'PROPOSAL', 'IMPORT');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "faq" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "searchTokens" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MatterVersion" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "source" "VersionSource" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "publishedById" TEXT,
    "proposalId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatterChangeProposal" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatterChangeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseScopeTerm" (
    "enterpriseId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterpriseScopeTerm_pkey" PRIMARY KEY ("enterpriseId","termId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatterVersion_proposalId_key" ON "MatterVersion"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "MatterVersion_matterId_version_key" ON "MatterVersion"("matterId", "version");

-- CreateIndex
CREATE INDEX "MatterChangeProposal_status_createdAt_idx" ON "MatterChangeProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MatterChangeProposal_departmentId_status_idx" ON "MatterChangeProposal"("departmentId", "status");

-- CreateIndex
CREATE INDEX "EnterpriseScopeTerm_termId_idx" ON "EnterpriseScopeTerm"("termId");

-- CreateIndex
CREATE INDEX "Matter_searchTokens_idx" ON "Matter" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Matter_industry_idx" ON "Matter"("industry");

-- CreateIndex
CREATE INDEX "Matter_rolloutBatch_idx" ON "Matter"("rolloutBatch");

-- AddForeignKey
ALTER TABLE "MatterVersion" ADD CONSTRAINT "MatterVersion_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterVersion" ADD CONSTRAINT "MatterVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterVersion" ADD CONSTRAINT "MatterVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "MatterChangeProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterChangeProposal" ADD CONSTRAINT "MatterChangeProposal_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterChangeProposal" ADD CONSTRAINT "MatterChangeProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterChangeProposal" ADD CONSTRAINT "MatterChangeProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseScopeTerm" ADD CONSTRAINT "EnterpriseScopeTerm_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseScopeTerm" ADD CONSTRAINT "EnterpriseScopeTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "BusinessScopeTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
