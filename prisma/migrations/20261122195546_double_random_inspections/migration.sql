-- DropForeignKey
ALTER TABLE "Inspection" DROP CONSTRAINT "Inspection_planId_fkey";

-- DropForeignKey
ALTER TABLE "Inspection" DROP CONSTRAINT "Inspection_inspectorId_fkey";

-- DropIndex
DROP INDEX "Inspection_planId_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "inspectorQualified" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "InspectionPlan" DROP COLUMN "sampleSize",
ADD COLUMN     "algorithm" TEXT,
ADD COLUMN     "conflicts" JSONB,
ADD COLUMN     "createdById" TEXT NOT NULL,
ADD COLUMN     "drawnById" TEXT,
ADD COLUMN     "matterCodes" TEXT[],
ADD COLUMN     "periodEnd" DATE NOT NULL,
ADD COLUMN     "periodStart" DATE NOT NULL,
ADD COLUMN     "pool" JSONB,
ADD COLUMN     "publishBy" DATE NOT NULL,
ADD COLUMN     "ratioA" INTEGER NOT NULL,
ADD COLUMN     "ratioB" INTEGER NOT NULL,
ADD COLUMN     "ratioC" INTEGER NOT NULL,
ADD COLUMN     "ratioD" INTEGER NOT NULL,
ADD COLUMN     "snapshot" TEXT,
ADD COLUMN     "snapshotHash" TEXT,
ADD COLUMN     "targetCount" INTEGER,
ALTER COLUMN "seed" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Inspection" DROP COLUMN "inspectorId",
DROP COLUMN "isPublic",
DROP COLUMN "rectifyDeadline",
DROP COLUMN "scheduledAt",
ADD COLUMN     "grade" TEXT NOT NULL,
ALTER COLUMN "planId" SET NOT NULL;

-- CreateTable
CREATE TABLE "InspectionInspector" (
    "inspectionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "InspectionInspector_pkey" PRIMARY KEY ("inspectionId","userId")
);

-- CreateTable
CREATE TABLE "InspectorConflict" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectorConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InspectionInspector_userId_idx" ON "InspectionInspector"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectorConflict_userId_enterpriseId_key" ON "InspectorConflict"("userId", "enterpriseId");

-- CreateIndex
CREATE INDEX "InspectionPlan_drawnAt_idx" ON "InspectionPlan"("drawnAt");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_planId_enterpriseId_key" ON "Inspection"("planId", "enterpriseId");

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionInspector" ADD CONSTRAINT "InspectionInspector_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionInspector" ADD CONSTRAINT "InspectionInspector_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectorConflict" ADD CONSTRAINT "InspectorConflict_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectorConflict" ADD CONSTRAINT "InspectorConflict_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
