-- AlterTable
ALTER TABLE "CreditRecord" ADD COLUMN     "repairRequestedAt" TIMESTAMP(3),
ADD COLUMN     "repairReviewNote" TEXT,
ADD COLUMN     "repairReviewedById" TEXT,
ADD COLUMN     "repairStatement" TEXT;

-- CreateIndex
CREATE INDEX "CreditRecord_repairStatus_repairRequestedAt_idx" ON "CreditRecord"("repairStatus", "repairRequestedAt");

-- AddForeignKey
ALTER TABLE "CreditRecord" ADD CONSTRAINT "CreditRecord_repairReviewedById_fkey" FOREIGN KEY ("repairReviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
