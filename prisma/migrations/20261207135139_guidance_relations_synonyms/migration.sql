-- CreateEnum
CREATE TYPE "MatterRelationKind" AS ENUM ('COVERS', 'EXCLUDES');

-- AlterTable
ALTER TABLE "GuidanceRule" ADD COLUMN     "seedKey" TEXT;

-- CreateTable
CREATE TABLE "MatterRelation" (
    "id" TEXT NOT NULL,
    "kind" "MatterRelationKind" NOT NULL,
    "fromMatterId" TEXT NOT NULL,
    "toMatterId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatterRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceReferral" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "GuidanceReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatterRelation_toMatterId_idx" ON "MatterRelation"("toMatterId");

-- CreateIndex
CREATE UNIQUE INDEX "MatterRelation_fromMatterId_toMatterId_key" ON "MatterRelation"("fromMatterId", "toMatterId");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceReferral_matterId_key" ON "GuidanceReferral"("matterId");

-- CreateIndex
CREATE INDEX "GuidanceReferral_activity_idx" ON "GuidanceReferral"("activity");

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_word_target_key" ON "SearchSynonym"("word", "target");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceRule_seedKey_key" ON "GuidanceRule"("seedKey");

-- AddForeignKey
ALTER TABLE "MatterRelation" ADD CONSTRAINT "MatterRelation_fromMatterId_fkey" FOREIGN KEY ("fromMatterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterRelation" ADD CONSTRAINT "MatterRelation_toMatterId_fkey" FOREIGN KEY ("toMatterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceReferral" ADD CONSTRAINT "GuidanceReferral_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
