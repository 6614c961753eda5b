-- AlterEnum
ALTER TYPE "TaskStatus" ADD VALUE 'WITHDRAWN';

-- AlterEnum
ALTER TYPE "PendingMaterialStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);
