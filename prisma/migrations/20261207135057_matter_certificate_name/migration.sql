-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "certificateName" TEXT NOT NULL DEFAULT '';
