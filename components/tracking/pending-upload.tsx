"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { dataName } from "@/lib/i18n/data";
import { UploadField } from "@/components/ui/upload-field";
import type { FormAction } from "@/lib/actions/types";
import { useAnnounce } from "./announcements";

/** 容缺后补: the file is sent as soon as it is chosen; the pending list announces the result. */
export function PendingUpload({
  applicationId,
  documentKey,
  name,
  scope,
  supplement,
}: {
  applicationId: string;
  documentKey: string;
  name: string;
  scope: string;
  /** The page's supplementPendingAction (FormData: applicationId, documentKey, file). */
  supplement: FormAction<{ fileName: string }>;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const announce = useAnnounce();
  return (
    <div data-testid="pending-upload" data-document-key={documentKey}>
      <UploadField
        inputId={`pending-${documentKey.replace(/[^A-Za-z0-9_-]/g, "-")}-file`}
        label={t("track.pending.fileLabel", { name: dataName("material", documentKey, name, locale) })}
        send={(file) => {
          const data = new FormData();
          data.set("applicationId", applicationId);
          data.set("documentKey", documentKey);
          data.set("file", file);
          return supplement(null, data);
        }}
        onSent={(fileName) => {
          announce(scope, t("track.pending.uploaded", { fileName }));
          router.refresh();
        }}
      />
    </div>
  );
}
