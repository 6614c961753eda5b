-- AlterTable
ALTER TABLE "User" ADD COLUMN     "realNameIdNumber" TEXT;
