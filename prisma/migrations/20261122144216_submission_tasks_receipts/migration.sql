-- AlterTable
ALTER TABLE "ApplicationItem" ADD COLUMN     "receiptNumber" TEXT;

-- AlterTable
ALTER TABLE "ApprovalTask" ALTER COLUMN "dispatchedAt" DROP NOT NULL,
ALTER COLUMN "statutoryDueAt" DROP NOT NULL,
ALTER COLUMN "promisedDueAt" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationItem_receiptNumber_key" ON "ApplicationItem"("receiptNumber");
