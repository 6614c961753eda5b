-- CreateEnum
CREATE TYPE "RegistrationChangeKind" AS ENUM ('CHANGE', 'CANCEL');

-- CreateEnum
CREATE TYPE "RegistrationChangeStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "RegistrationChange" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "kind" "RegistrationChangeKind" NOT NULL,
    "status" "RegistrationChangeStatus" NOT NULL DEFAULT 'SUBMITTED',
    "oldName" TEXT NOT NULL,
    "oldAddress" TEXT NOT NULL,
    "newName" TEXT,
    "newAddress" TEXT,
    "reason" TEXT NOT NULL,
    "requestKey" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "outcome" JSONB,

    CONSTRAINT "RegistrationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationChange_requestKey_key" ON "RegistrationChange"("requestKey");

-- CreateIndex
CREATE INDEX "RegistrationChange_status_requestedAt_idx" ON "RegistrationChange"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "RegistrationChange_enterpriseId_requestedAt_idx" ON "RegistrationChange"("enterpriseId", "requestedAt");

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
