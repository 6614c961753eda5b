-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('OPEN', 'CALLED_BACK', 'RECTIFIED', 'CLOSED');

-- AlterTable
ALTER TABLE "ServiceReview" ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "unitKey" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "RectificationTicket" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "departmentId" TEXT,
    "status" "TicketStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL,
    "callbackDueAt" TIMESTAMP(3) NOT NULL,
    "fixDueAt" TIMESTAMP(3) NOT NULL,
    "calledBackAt" TIMESTAMP(3),
    "callbackById" TEXT,
    "callbackNote" TEXT,
    "rectifiedAt" TIMESTAMP(3),
    "rectifiedById" TEXT,
    "rectificationNote" TEXT,
    "rerateReviewId" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RectificationTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricRollup" (
    "day" DATE NOT NULL,
    "dept" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "applications" INTEGER NOT NULL DEFAULT 0,
    "fieldsTyped" INTEGER NOT NULL DEFAULT 0,
    "fieldsBaseline" INTEGER NOT NULL DEFAULT 0,
    "materialsSubmitted" INTEGER NOT NULL DEFAULT 0,
    "materialsBaseline" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "daysTaken" INTEGER NOT NULL DEFAULT 0,
    "statutorySum" INTEGER NOT NULL DEFAULT 0,
    "statutoryMax" INTEGER NOT NULL DEFAULT 0,
    "oneTime" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "withCommitment" INTEGER NOT NULL DEFAULT 0,
    "withPending" INTEGER NOT NULL DEFAULT 0,
    "tasksDecided" INTEGER NOT NULL DEFAULT 0,
    "tasksOnTime" INTEGER NOT NULL DEFAULT 0,
    "tasksInStatutory" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "rated1" INTEGER NOT NULL DEFAULT 0,
    "rated2" INTEGER NOT NULL DEFAULT 0,
    "rated3" INTEGER NOT NULL DEFAULT 0,
    "rated4" INTEGER NOT NULL DEFAULT 0,
    "rated5" INTEGER NOT NULL DEFAULT 0,
    "overallSum" INTEGER NOT NULL DEFAULT 0,
    "efficiencySum" INTEGER NOT NULL DEFAULT 0,
    "guideSum" INTEGER NOT NULL DEFAULT 0,
    "convenienceSum" INTEGER NOT NULL DEFAULT 0,
    "usabilitySum" INTEGER NOT NULL DEFAULT 0,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "ticketsRectified" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MetricRollup_pkey" PRIMARY KEY ("dept","industry","batch","matter","day")
);

-- CreateTable
CREATE TABLE "MetricDirtyDay" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "MetricDirtyDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RectificationTicket_reviewId_key" ON "RectificationTicket"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "RectificationTicket_rerateReviewId_key" ON "RectificationTicket"("rerateReviewId");

-- CreateIndex
CREATE INDEX "RectificationTicket_departmentId_status_idx" ON "RectificationTicket"("departmentId", "status");

-- CreateIndex
CREATE INDEX "RectificationTicket_status_fixDueAt_idx" ON "RectificationTicket"("status", "fixDueAt");

-- CreateIndex
CREATE INDEX "RectificationTicket_status_callbackDueAt_idx" ON "RectificationTicket"("status", "callbackDueAt");

-- CreateIndex
CREATE INDEX "MetricRollup_industry_batch_matter_day_idx" ON "MetricRollup"("industry", "batch", "matter", "day");

-- CreateIndex
CREATE INDEX "MetricRollup_day_idx" ON "MetricRollup"("day");

-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceReview_applicationId_unitKey_round_key" ON "ServiceReview"("applicationId", "unitKey", "round");

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ServiceReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_rerateReviewId_fkey" FOREIGN KEY ("rerateReviewId") REFERENCES "ServiceReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_callbackById_fkey" FOREIGN KEY ("callbackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTicket" ADD CONSTRAINT "RectificationTicket_rectifiedById_fkey" FOREIGN KEY ("rectifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
