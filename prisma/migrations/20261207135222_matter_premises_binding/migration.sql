-- CreateEnum
CREATE TYPE "LicenceBinding" AS ENUM ('SUBJECT', 'PREMISES');

-- CreateEnum
CREATE TYPE "PremisesReview" AS ENUM ('NEW_APPLICATION', 'ONSITE_CHECK');

-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "binding" "LicenceBinding" NOT NULL DEFAULT 'SUBJECT',
ADD COLUMN     "bindingReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "premisesReview" "PremisesReview",
ADD COLUMN     "suspendOnAddressMove" BOOLEAN NOT NULL DEFAULT false;
