import { useRef } from 'react';
import { PictureOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { knowledgeApi } from '../../api/knowledge';

interface Props {
  /** Images belong to an article: a new one is saved first. */
  articleId?: string;
  /** Called with the Markdown that shows the uploaded image. */
  onUploaded: (markdown: string) => void;
}

/** Uploads a picture into the article and hands back `![name](/api/knowledge/images/…)` to insert into the body. */
export default function KnowledgeImageButton({ articleId, onUploaded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: (file: File) => knowledgeApi.uploadImage(articleId!, file),
    onSuccess: (image) => {
      // The file name without its extension is the alt text; brackets would end the Markdown label early.
      const alt = image.fileName.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
      onUploaded(`![${alt}](${image.url})`);
      void message.success(t('knowledge.image.inserted'));
    },
    onError: (error) => void message.error(errorMessage(error, t('knowledge.image.failed'))),
  });
  return (
    <Tooltip title={articleId ? t('knowledge.image.hint') : t('knowledge.image.saveFirst')}>
      <Button
        icon={<PictureOutlined />}
        disabled={!articleId}
        loading={upload.isPending}
        onClick={() => input.current?.click()}
        data-testid="knowledge-image-insert"
      >
        {upload.isPending ? t('knowledge.image.uploading') : t('knowledge.image.insert')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        hidden
        data-testid="knowledge-image-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file chosen twice still uploads twice
          if (file) upload.mutate(file);
        }}
      />
    </Tooltip>
  );
}
