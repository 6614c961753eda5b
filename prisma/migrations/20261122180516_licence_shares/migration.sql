-- CreateEnum
CREATE TYPE "ShareAccessOutcome" AS ENUM ('SHOWN', 'EXPIRED', 'REVOKED');

-- CreateTable
CREATE TABLE "LicenceShare" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceShareItem" (
    "shareId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,

    CONSTRAINT "LicenceShareItem_pkey" PRIMARY KEY ("shareId","licenceId")
);

-- CreateTable
CREATE TABLE "LicenceShareAccess" (
    "id" TEXT NOT NULL,
    "shareId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "outcome" "ShareAccessOutcome" NOT NULL,

    CONSTRAINT "LicenceShareAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LicenceShare_tokenHash_key" ON "LicenceShare"("tokenHash");

-- CreateIndex
CREATE INDEX "LicenceShare_enterpriseId_createdAt_idx" ON "LicenceShare"("enterpriseId", "createdAt");

-- CreateIndex
CREATE INDEX "LicenceShareItem_licenceId_idx" ON "LicenceShareItem"("licenceId");

-- CreateIndex
CREATE INDEX "LicenceShareAccess_shareId_at_idx" ON "LicenceShareAccess"("shareId", "at");

-- AddForeignKey
ALTER TABLE "LicenceShare" ADD CONSTRAINT "LicenceShare_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceShare" ADD CONSTRAINT "LicenceShare_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceShareItem" ADD CONSTRAINT "LicenceShareItem_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "LicenceShare"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceShareItem" ADD CONSTRAINT "LicenceShareItem_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceShareAccess" ADD CONSTRAINT "LicenceShareAccess_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "LicenceShare"("id") ON DELETE CASCADE ON UPDATE CASCADE;
