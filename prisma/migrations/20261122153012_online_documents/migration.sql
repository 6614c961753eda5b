-- CreateEnum
CREATE TYPE "MaterialOrigin" AS ENUM ('UPLOADED', 'GENERATED');

-- AlterEnum
ALTER TYPE "FieldType" ADD VALUE 'SHAREHOLDERS';

-- AlterTable
ALTER TABLE "Material" ADD COLUMN     "origin" "MaterialOrigin" NOT NULL DEFAULT 'UPLOADED';
