-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "guideAnswers" JSONB;
