-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "returnCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "returnProblems" JSONB,
ADD COLUMN     "workingDaysTaken" INTEGER;

-- AlterTable
ALTER TABLE "ApprovalTask" ADD COLUMN     "dueSoonNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "onsiteNote" TEXT,
ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "promisedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "statutoryDays" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "TaskCorrection" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "request" TEXT NOT NULL,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,
    "materialId" TEXT,

    CONSTRAINT "TaskCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskCorrection_materialId_key" ON "TaskCorrection"("materialId");

-- CreateIndex
CREATE INDEX "TaskCorrection_taskId_idx" ON "TaskCorrection"("taskId");

-- AddForeignKey
ALTER TABLE "TaskCorrection" ADD CONSTRAINT "TaskCorrection_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ApprovalTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCorrection" ADD CONSTRAINT "TaskCorrection_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCorrection" ADD CONSTRAINT "TaskCorrection_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCorrection" ADD CONSTRAINT "TaskCorrection_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE SET NULL ON UPDATE CASCADE;
