import type { UploaderFileListItem } from 'vant'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { uploadAttachment } from '@/api/repair'
import type { AttachmentPurpose, AttachmentView } from '@/api/types'
import { useApiError } from './useApiError'

/** The server's limit: 10 MiB per file. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

/**
 * Photos taken with the phone's camera (Vant Uploader, v-model `files`), uploaded to an order once it
 * exists: one after the other (a phone's uplink is thin), each marked uploading / done / failed on its
 * thumbnail; failed ones can be sent again.
 */
export function usePhotoUploads() {
  const { t } = useI18n()
  const { describe } = useApiError()
  const files = ref<UploaderFileListItem[]>([])
  const uploading = ref(false)

  async function uploadAll(orderId: string, purpose: AttachmentPurpose): Promise<{ done: AttachmentView[]; failed: number }> {
    uploading.value = true
    const done: AttachmentView[] = []
    let failed = 0
    try {
      for (const item of files.value) {
        if (item.status === 'done' || !item.file) continue
        item.status = 'uploading'
        item.message = t('photos.uploading')
        try {
          done.push(await uploadAttachment(orderId, purpose, item.file, item.file.name))
          item.status = 'done'
          item.message = ''
        } catch (thrown) {
          item.status = 'failed'
          item.message = describe(thrown)
          failed += 1
        }
      }
    } finally {
      uploading.value = false
    }
    return { done, failed }
  }

  return { files, uploading, uploadAll }
}
